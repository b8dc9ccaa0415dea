import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PathwayData } from '../../src/pathway-data/pathway-data.js';
import type { PathwayPicker } from '../../src/pathway-picker/pathway-picker.js';
import type { Dataset } from '../../src/data/types.js';
import { bundledDatasetWithQuiz } from '../../src/data/bundled-quiz.js';
import { plans } from '../../src/generated/quiz.js';
import { captureWarnings, deepQueryAll, expectNone, render, settle, shadow, textOf, until } from '../helpers.js';

// Markup whose elements would show up in the DOM and whose handler would set a flag.
const EVIL = '<img src=x onerror="window.pmPwned=1"><b>b</b>';
const MARKUP = 'img, script, b';
const pwned = () => (window as { pmPwned?: number }).pmPwned;

// Fields that are ids or machine values, not text shown to a reader.
const KEEP = new Set(['id', 'date', 'url', 'lang', 'tieBreak', 'cost']);
/** Every text of a dataset with markup appended: ids, numbers and map keys are kept. */
function laced(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return KEEP.has(key) ? value : `${value}${EVIL}`;
  if (Array.isArray(value)) return value.map((item) => laced(item, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, laced(v, k)]));
  return value;
}
// The whole English dataset: every guide text, the quiz, every route's plan and every label.
const data = laced({
  ...bundledDatasetWithQuiz,
  pathways: bundledDatasetWithQuiz.pathways.map((p) => ({ ...p, plan: plans[p.id] })),
}) as Dataset;
const labels = bundledDatasetWithQuiz.labels!;
const first = bundledDatasetWithQuiz.pathways[0]!;

/** The text of a node and of every shadow root inside it. */
const deepText = (root: Element) =>
  [root, ...deepQueryAll(root, '*')]
    .map((el) => `${el.shadowRoot?.textContent ?? ''} ${el.textContent ?? ''}`)
    .join(' ');

describe('markup in any text is shown as text, never as elements', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
    (window as { pmPwned?: number }).pmPwned = undefined;
  });
  afterEach(() => {
    warnings.restore();
    document.querySelectorAll('pm-pathway-data').forEach((el) => el.remove());
  });

  it('in every text of the data and every label, in every view', async () => {
    const root = await render<PathwayData>(html`
      <pm-pathway-data .data=${data}>
        <pm-pathway-card pathway=${first.id} checklist></pm-pathway-card>
        <pm-pathway-card pathway=${first.id} variant="compact"></pm-pathway-card>
        <pm-pathway-card pathway=${first.id} variant="compact" expanded></pm-pathway-card>
        <pm-pathway-card pathway="not-a-pathway"></pm-pathway-card>
        <pm-pathway-card></pm-pathway-card>
        <pm-pathway-picker></pm-pathway-picker>
        <pm-pathway-picker value=${first.id}></pm-pathway-picker>
        <pm-pathway-picker value="not-a-pathway"></pm-pathway-picker>
        <pm-pathway-picker view="quiz"></pm-pathway-picker>
      </pm-pathway-data>`);
    // Answer every question (the quiz may load on demand), then show the results.
    const quiz = root.querySelector<PathwayPicker>('pm-pathway-picker[view=quiz]')!;
    const questions = bundledDatasetWithQuiz.quiz!.questions.length;
    await until(() => !!shadow(quiz).querySelector('input[type=radio]'), 'the quiz shows its first question', root);
    let asked = '';
    for (let i = 0; i < questions; i++) {
      asked += deepText(quiz);
      expectNone(quiz, MARKUP, `no element made from the texts of question ${i + 1}`);
      shadow(quiz).querySelector<HTMLInputElement>('input[type=radio]')!.click();
      await settle(quiz);
      shadow(quiz).querySelector<HTMLButtonElement>('.primary')!.click();
      await settle(root);
    }
    const text = `${asked} ${deepText(root)}`;
    // Proof that the views were really rendered, with their laced texts.
    const question = bundledDatasetWithQuiz.quiz!.questions.at(-1)!;
    const shown = [
      first.title,
      first.summary,
      first.steps[0]!.title,
      first.steps[0]!.body,
      bundledDatasetWithQuiz.title!,
      bundledDatasetWithQuiz.intro!,
      question.prompt,
      question.options[0]!.label,
      labels.choosePrompt!,
      labels.browse!,
      labels.resultsHeading!,
      labels.startOver!,
      labels.thisWeek!,
      labels.planB!,
    ];
    expect(
      shown.filter((t) => !text.includes(`${t}${EVIL}`)),
      'texts not shown with their markup as text',
    ).to.deep.equal([]);
    const reasons = bundledDatasetWithQuiz.quiz!.questions.flatMap((q) =>
      q.options.flatMap((o) => [...Object.values(o.reasons ?? {}), o.reason ?? ''].filter(Boolean)),
    );
    expect(
      reasons.some((r) => text.includes(`${r}${EVIL}`)),
      'a quiz reason is shown in the results',
    ).to.equal(true);
    expect(
      Object.values(plans).some((p) => text.includes(`${p.firstWeek}${EVIL}`) && text.includes(`${p.signal}${EVIL}`)),
      'a plan is shown, its texts as text',
    ).to.equal(true);
    expect(text, 'an error label with markup, and the markup id').to.contain(`not-a-pathway`);
    expectNone(root, MARKUP, 'no element made from a text');
    expect(pwned(), 'no handler ran').to.equal(undefined);
  });

  const sources: [string, string][] = [
    ['an HTTP error for a src with markup', `/__status/500?q=${EVIL}`],
    ['a network error for a src with markup', `http://127.0.0.1:9/${EVIL}`],
    [
      'a src with markup that is not JSON',
      `${new URL('../fixtures/not-json.json', import.meta.url).pathname}?q=${EVIL}`,
    ],
  ];
  for (const [name, src] of sources) {
    it(`in the notice of <pm-pathway-data>: ${name}`, async () => {
      const root = document.createElement('pm-pathway-data');
      root.src = src;
      document.body.append(root);
      await until(() => !!shadow(root).querySelector('[part=error]'), 'the notice', root);
      expect(textOf(shadow(root).querySelector('[part=error]')), 'the src is quoted as text').to.contain('<img src=x');
      expectNone(root, MARKUP, 'no element made from the src');
      expect(pwned(), 'no handler ran').to.equal(undefined);
    });
  }

  it('in the notice of <pm-pathway-data>: invalid data whose problem paths hold markup', async () => {
    const bad = structuredClone(bundledDatasetWithQuiz) as unknown as {
      quiz: { questions: { options: Record<string, unknown>[] }[] };
    };
    const option = bad.quiz.questions[0]!.options[0]!;
    option.weights = { [EVIL]: 'lots' };
    option.reasons = { [EVIL]: '' };
    const root = await render<PathwayData>(html`<pm-pathway-data .data=${bad}></pm-pathway-data>`);
    const notice = textOf(shadow(root).querySelector('[part=error]'));
    expect(notice, 'the path is quoted as text').to.contain(`weights.${EVIL}`);
    expectNone(root, MARKUP, 'no element made from a problem path');
    expect(pwned(), 'no handler ran').to.equal(undefined);
  });
});
