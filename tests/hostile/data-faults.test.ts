import { expect, html } from '@open-wc/testing';
import '../../src/pathway-data/define.js';
import '../../src/pathway-picker/define.js';
import type { PathwayData } from '../../src/pathway-data/pathway-data.js';
import type { PathwayPicker } from '../../src/pathway-picker/pathway-picker.js';
import type { Dataset } from '../../src/data/types.js';
import { captureWarnings, expectNone, render, settle, shadow, stubFetch, textOf, until } from '../helpers.js';

const pathway = (id: string, extra: object = {}) => ({
  id,
  title: `T ${id}`,
  summary: 'S.',
  steps: [{ title: 'Step', body: 'Body.' }],
  ...extra,
});

/** Mounts a provider with a card and waits for its pm-error, or for the card to render. */
async function provide(setup: (el: PathwayData) => void, card = 'a') {
  const el = document.createElement('pm-pathway-data');
  el.innerHTML = `<pm-pathway-card pathway="${card}"></pm-pathway-card>`;
  setup(el);
  let error: { code: string; message: string } | undefined;
  el.addEventListener('pm-error', (e) => {
    error = e.detail;
  });
  document.body.append(el);
  const cardEl = el.querySelector('pm-pathway-card')!;
  await until(() => !!error || !!shadow(cardEl).querySelector('[part=card],[part=error]'), 'an error or the card', el);
  return { el, card: cardEl, error };
}

describe('data faults for <pm-pathway-data>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const fetchBefore = window.fetch;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    window.fetch = fetchBefore;
    document.querySelectorAll('pm-pathway-data').forEach((el) => el.remove());
  });
  /** A stub that answers every fetch with an HTTP error (the test server would list a real 404 as alarming on every run). */
  const answerWith = (status: number) => {
    window.fetch = async () => new Response('failed on purpose', { status });
  };

  const faults: [string, (el: PathwayData) => void, string][] = [
    [
      'truncated JSON',
      (el) => {
        el.src = '/__truncated';
      },
      'invalid-data',
    ],
    [
      'wrong types',
      (el) => {
        el.data = { version: 1, pathways: [{ id: 'a', title: 7, summary: [], steps: 'x' }] } as unknown as Dataset;
      },
      'invalid-data',
    ],
    [
      'missing fields',
      (el) => {
        el.data = { version: 1, pathways: [{ id: 'a' }] } as unknown as Dataset;
      },
      'invalid-data',
    ],
    [
      'duplicate ids',
      (el) => {
        el.data = { version: 1, pathways: [pathway('a'), pathway('a')] } as Dataset;
      },
      'invalid-data',
    ],
    [
      'a number instead of a dataset',
      (el) => {
        el.data = 42 as unknown as Dataset;
      },
      'invalid-data',
    ],
    [
      'a 404',
      (el) => {
        answerWith(404);
        el.src = '/missing.json';
      },
      'fetch-failed',
    ],
    [
      'a 500',
      (el) => {
        el.src = '/__status/500';
      },
      'fetch-failed',
    ],
    [
      'a refused connection',
      (el) => {
        el.src = 'http://127.0.0.1:9/data.json';
      },
      'fetch-failed',
    ],
    [
      'an HTML page',
      (el) => {
        el.src = new URL('../fixtures/not-json.json', import.meta.url).pathname;
      },
      'invalid-data',
    ],
  ];
  for (const [name, setup, code] of faults) {
    it(`${name}: ${code}, shown, warned once, nothing thrown`, async () => {
      const { el, error } = await provide(setup);
      expect(error?.code).to.equal(code);
      expect(textOf(shadow(el).querySelector('[part=error]'))).to.equal(error!.message);
      expect(warnings.calls).to.have.length(1);
    });
  }

  it('a 5 MB response still renders', async () => {
    const { card, error } = await provide((el) => {
      el.src = '/__big/5000000';
    }, 'p-1');
    expect(error).to.be.undefined;
    expect(textOf(shadow(card).querySelector('[part=heading]'))).to.equal('Pathway 1');
  });

  it('1,000 pathways render in the card and the picker list', async () => {
    const root = await render<PathwayData>(
      html`<pm-pathway-data src="/__many/1000"><pm-pathway-picker value="p-999"></pm-pathway-picker></pm-pathway-data>`,
    );
    const picker = root.querySelector<PathwayPicker>('pm-pathway-picker')!;
    await until(() => !!shadow(picker).querySelector('[role=option]'), 'the fetched list', root);
    expect(shadow(picker).querySelectorAll('[role=option]')).to.have.length(1000);
    expect(textOf(shadow(shadow(picker).querySelector('pm-pathway-card')!).querySelector('[part=heading]'))).to.equal(
      'Pathway 999',
    );
  });

  it("a response slower than the element's life is dropped quietly", async () => {
    // A fetch that ignores the abort, as a slow cache might: the element must still drop its answer.
    const fetches = stubFetch({ ignoreAbort: true });
    try {
      const el = document.createElement('pm-pathway-data');
      const errors: unknown[] = [];
      el.addEventListener('pm-error', (e) => errors.push(e.detail));
      el.src = '/late.json';
      document.body.append(el);
      await el.updateComplete;
      el.remove();
      expect(
        fetches.calls.map((c) => c.signal?.aborted),
        'the disconnect aborted the fetch',
      ).to.deep.equal([true]);
      await fetches.calls[0]!.respond('{not json');
      await el.updateComplete;
      expect(warnings.calls, 'the late, broken answer is not reported').to.have.length(0);
      expect(errors).to.deep.equal([]);
      expect(textOf(shadow(el).querySelector('[part=error]'))).to.equal('');
    } finally {
      fetches.restore();
    }
  });

  it('strings holding HTML and script are shown as text, never as elements', async () => {
    const evil = '<img src=x onerror="window.pmPwned=1"><script>window.pmPwned=1</script><b>bold</b>';
    const data: Dataset = {
      version: 1,
      title: evil,
      intro: evil,
      closing: evil,
      source: { title: evil, publisher: evil, date: '2024-05-19', url: 'javascript:window.pmPwned=1' },
      pathways: [pathway('x', { title: evil, summary: evil, steps: [{ title: evil, body: evil }] })],
      quiz: {
        questions: [
          {
            id: 'q',
            prompt: evil,
            options: [
              { id: 'o', label: evil, weights: { x: 1 }, reason: evil },
              { id: 'p', label: evil, weights: {}, reason: evil },
            ],
          },
        ],
      },
      labels: { next: evil, seeResults: evil, credit: `${evil} {title}` },
    };
    const root = await render<PathwayData>(html`
      <pm-pathway-data .data=${data}>
        <pm-pathway-card pathway="x" checklist></pm-pathway-card>
        <pm-pathway-picker value="x"></pm-pathway-picker>
        <pm-pathway-picker view="quiz"></pm-pathway-picker>
      </pm-pathway-data>`);
    const quiz = root.querySelectorAll<PathwayPicker>('pm-pathway-picker')[1]!;
    shadow(quiz).querySelector<HTMLInputElement>('input')!.click();
    await settle(quiz);
    shadow(quiz).querySelector<HTMLButtonElement>('.primary')!.click();
    await settle(root);
    const roots = [root, ...root.querySelectorAll('*')].flatMap(function all(el: Element): ShadowRoot[] {
      const sr = el.shadowRoot;
      return sr ? [sr, ...[...sr.querySelectorAll('*')].flatMap(all)] : [];
    });
    expect(roots.length).to.be.at.least(5);
    for (const sr of roots) {
      expectNone(sr, 'img, script, b', 'no markup from data');
      expectNone(sr, 'a[href^="javascript"]', 'no javascript: link');
    }
    expect(roots.some((sr) => (sr.textContent ?? '').includes('<img src=x'))).to.be.true;
    expect((window as { pmPwned?: number }).pmPwned).to.be.undefined;
  });
});
