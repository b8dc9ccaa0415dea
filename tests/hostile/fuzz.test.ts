import { expect } from '@open-wc/testing';
import '../../src/index.js';
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

const seed = Number((window as { PM_FUZZ_SEED?: string | null }).PM_FUZZ_SEED) || Math.floor(Math.random() * 2 ** 31);
const OPERATIONS = 5000;
const markup = '<img src=x onerror="window.pmPwned=1"><script>window.pmPwned=1</script>';
const ids = bundledDatasetWithQuiz.pathways.map((p) => p.id);
const strings = ['', ' ', 'x'.repeat(20000), markup, 'null', 'undefined', '-1', '0', '7', '3.5', 'NaN', 'light', 'dark', 'auto', 'compact', 'full', 'quiz', 'browse', '#pathway=x', ...ids];
const values: unknown[] = [...strings, null, undefined, 0, -1, 2, 6, 99, NaN, true, false, {}, [], () => 1, Symbol.for('x')];
const datasets: unknown[] = [
  bundledDatasetWithQuiz, { version: 1 }, null, 'x', { ...bundledDatasetWithQuiz, pathways: bundledDatasetWithQuiz.pathways.slice(0, 2) },
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
const sources = ['', '/__status/500', '/__truncated', 'http://127.0.0.1:9/x', new URL('../fixtures/two-pathways.json', import.meta.url).pathname];

describe(`fuzz (seed ${seed}; replay with PM_FUZZ_SEED=${seed} npm test)`, () => {
  it(`survives ${OPERATIONS} random attribute and property changes`, async function () {
    this.timeout(120000);
    const next = random(seed);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const warn = console.warn;
    console.warn = () => {};
    document.body.insertAdjacentHTML('beforeend', `
      <div id="fuzz">
        <pm-pathway-card></pm-pathway-card>
        <pm-pathway-picker></pm-pathway-picker>
        <pm-pathway-data><pm-pathway-card pathway="formal-education"></pm-pathway-card><pm-pathway-picker></pm-pathway-picker></pm-pathway-data>
      </div>`);
    const elements = [...document.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('#fuzz *')];
    const log: string[] = [];
    try {
      for (let op = 0; op < OPERATIONS; op++) {
        const el = pick(elements);
        const tag = el.localName;
        const kind = next();
        let action: string;
        try {
          if (kind < 0.4) {
            const name = pick(attributes[tag]!);
            const value = name === 'src' ? pick(sources) : pick(strings);
            if (next() < 0.15) { el.removeAttribute(name); action = `remove ${name}`; } else { el.setAttribute(name, value); action = `${name}="${value.slice(0, 30)}"`; }
          } else if (kind < 0.85) {
            const name = pick(properties[tag]!);
            const value = name === 'data' ? pick(datasets) : pick(values);
            (el as unknown as Record<string, unknown>)[name] = value;
            action = `.${name} = ${typeof value === 'symbol' ? 'symbol' : String(JSON.stringify(value) ?? value).slice(0, 30)}`;
          } else if (kind < 0.95) {
            el.remove();
            (next() < 0.5 ? document.getElementById('fuzz')! : document.body).append(el);
            action = 'reconnect';
          } else {
            const target = el.shadowRoot?.querySelector<HTMLElement>(pick(['button', 'input', '[role=option]', '.result button']));
            target?.click();
            action = `click ${target?.localName ?? 'nothing'}`;
          }
        } catch (error) {
          throw new Error(`seed ${seed}, operation ${op} on <${tag}> threw: ${String(error)}\n${log.slice(-5).join('\n')}`);
        }
        log.push(`${op}: <${tag}> ${action}`);
        await el.updateComplete;
        const root = el.shadowRoot!;
        if (tag !== 'pm-pathway-data' && el.parentElement?.localName !== 'pm-pathway-data') {
          expect(root.querySelector('.root'), `seed ${seed}, operation ${op} (${action}): <${tag}> renders a state`).to.exist;
        }
        expect(root.querySelector('img, script'), `seed ${seed}, operation ${op}: no markup from input`).to.be.null;
      }
      await new Promise((r) => setTimeout(r, 100));
      expect(errors, `seed ${seed}: errors in the page`).to.deep.equal([]);
      expect((window as { pmPwned?: number }).pmPwned).to.be.undefined;
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.getElementById('fuzz')?.remove();
      elements.forEach((el) => el.remove());
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});

export type { Dataset };
