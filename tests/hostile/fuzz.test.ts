import '../../src/index.js';
import { deepQueryAll, settle } from '../helpers.js';
import type { Dataset } from '../../src/data/types.js';
import { bundledDatasetWithQuiz } from '../../src/data/bundled-quiz.js';

/** mulberry32: a small seeded PRNG, so a failing run replays with PM_FUZZ_SEED. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A fixed spread runs everywhere, so CI finds a crash before a user does. 1896420559 is a regression:
// it set a compact card's `expanded` to a Symbol, which crashed the card in every engine.
const FIXED_SEEDS = [20261126, 1896420559, 1, 424242, 987654321];
// PM_FUZZ_SEED=<n> replays one more seed; PM_FUZZ_SEED=random explores a new one.
const asked = (window as { PM_FUZZ_SEED?: string | null }).PM_FUZZ_SEED;
const extra = asked === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(asked) || undefined;
const seeds = [...new Set([...FIXED_SEEDS, ...(extra === undefined ? [] : [extra])])];
const OPERATIONS = 5000;
const markup = '<img src=x onerror="window.pmPwned=1"><script>window.pmPwned=1</script>';
const ids = bundledDatasetWithQuiz.pathways.map((p) => p.id);
const strings = [
  '',
  ' ',
  'x'.repeat(20000),
  markup,
  'null',
  'undefined',
  '-1',
  '0',
  '7',
  '3.5',
  'NaN',
  'light',
  'dark',
  'auto',
  'compact',
  'full',
  'quiz',
  'browse',
  '#pathway=x',
  ...ids,
];
const values: unknown[] = [
  ...strings,
  null,
  undefined,
  0,
  -1,
  2,
  6,
  99,
  NaN,
  true,
  false,
  {},
  [],
  () => 1,
  Symbol.for('x'),
];
const datasets: unknown[] = [
  bundledDatasetWithQuiz,
  { version: 1 },
  null,
  'x',
  { ...bundledDatasetWithQuiz, pathways: bundledDatasetWithQuiz.pathways.slice(0, 2) },
  { version: 1, pathways: [{ id: 'x', title: markup, summary: markup, steps: [{ title: markup, body: markup }] }] },
];
const attributes: Record<string, string[]> = {
  'pm-pathway-card': ['pathway', 'variant', 'expanded', 'heading-level', 'checklist', 'theme'],
  'pm-pathway-picker': ['value', 'view', 'heading-level', 'sync-url', 'theme'],
  'pm-pathway-data': ['src'],
};
const properties: Record<string, string[]> = {
  'pm-pathway-card': ['pathway', 'variant', 'expanded', 'headingLevel', 'checklist', 'theme'],
  'pm-pathway-picker': ['value', 'view', 'headingLevel', 'syncUrl', 'theme'],
  'pm-pathway-data': ['data'],
};
const sources = [
  '',
  '/__status/500',
  '/__truncated',
  'http://127.0.0.1:9/x',
  new URL('../fixtures/two-pathways.json', import.meta.url).pathname,
];

describe('fuzz: random attribute and property changes on every element', () => {
  for (const seed of seeds) {
    it(`survives ${OPERATIONS} operations with seed ${seed} (replay: PM_FUZZ_SEED=${seed})`, async function () {
      this.timeout(120000);
      try {
        await fuzz(seed);
      } catch (error) {
        // Every failure names its replay seed, whatever threw.
        throw new Error(
          `fuzz seed ${seed} failed; replay with PM_FUZZ_SEED=${seed} npm test\n${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
    });
  }
});

async function fuzz(seed: number) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const warn = console.warn;
  console.warn = () => {};
  (window as { pmPwned?: number }).pmPwned = undefined;
  document.body.insertAdjacentHTML(
    'beforeend',
    `
    <div id="fuzz">
      <pm-pathway-card></pm-pathway-card>
      <pm-pathway-picker></pm-pathway-picker>
      <pm-pathway-data><pm-pathway-card pathway="formal-education"></pm-pathway-card><pm-pathway-picker></pm-pathway-picker></pm-pathway-data>
    </div>`,
  );
  const elements = [...document.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('#fuzz *')];
  const log: string[] = [];
  const fail = (op: number, tag: string, what: string): never => {
    throw new Error(`operation ${op} on <${tag}> ${what}\nlast operations:\n${log.slice(-5).join('\n')}`);
  };
  try {
    for (let op = 0; op < OPERATIONS; op++) {
      const el = pick(elements);
      const tag = el.localName;
      const kind = next();
      let action = '';
      try {
        if (kind < 0.4) {
          const name = pick(attributes[tag]!);
          const value = name === 'src' ? pick(sources) : pick(strings);
          if (next() < 0.15) {
            el.removeAttribute(name);
            action = `remove ${name}`;
          } else {
            el.setAttribute(name, value);
            action = `${name}="${value.slice(0, 30)}"`;
          }
        } else if (kind < 0.85) {
          const name = pick(properties[tag]!);
          const value = name === 'data' ? pick(datasets) : pick(values);
          action = `.${name} = ${typeof value === 'symbol' ? 'symbol' : String(JSON.stringify(value) ?? value).slice(0, 30)}`;
          (el as unknown as Record<string, unknown>)[name] = value;
        } else if (kind < 0.95) {
          action = 'reconnect';
          el.remove();
          (next() < 0.5 ? document.getElementById('fuzz')! : document.body).append(el);
        } else {
          const target = el.shadowRoot?.querySelector<HTMLElement>(
            pick(['button', 'input', '[role=option]', '.result button']),
          );
          action = `click ${target?.localName ?? 'nothing'}`;
          target?.click();
        }
        log.push(`${op}: <${tag}> ${action}`);
        await el.updateComplete;
      } catch (error) {
        fail(op, tag, `(${action}) threw: ${String(error)}`);
      }
      const root = el.shadowRoot!;
      if (
        tag !== 'pm-pathway-data' &&
        el.parentElement?.localName !== 'pm-pathway-data' &&
        !root.querySelector('.root')
      ) {
        fail(op, tag, `(${action}) renders no state`);
      }
      const markup = deepQueryAll(el, 'img, script')[0];
      if (markup) fail(op, tag, `(${action}) rendered a <${markup.localName}> from input`);
    }
    // Let what is still pending (code loaded on demand, validation) finish while warnings are still muted.
    for (const el of elements) await settle(el);
    if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
    if ((window as { pmPwned?: number }).pmPwned !== undefined) throw new Error('markup from input ran a handler');
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.getElementById('fuzz')?.remove();
    elements.forEach((el) => el.remove());
    history.replaceState(null, '', location.pathname + location.search);
  }
}

export type { Dataset };
