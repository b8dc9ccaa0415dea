import { expect, html } from '@open-wc/testing';
import '../../src/pathway-card/define.js';
import type { PathwayCard } from '../../src/pathway-card/pathway-card.js';
import { render, shadow } from '../helpers.js';

const boxes = (el: PathwayCard) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

/** Replaces window.localStorage for one test. */
function withStorage(replacement: PropertyDescriptor) {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', { configurable: true, ...replacement });
  return () => Object.defineProperty(window, 'localStorage', original);
}

/** Ticks step 1, checks the event and that a re-created card still shows it. */
async function checklistWorks(pathway: string) {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  window.addEventListener('error', onError);
  try {
    const first = await render<PathwayCard>(html`<pm-pathway-card pathway=${pathway} checklist></pm-pathway-card>`);
    // The card fires during the click: recorded at once, a missing event fails now rather than at the timeout.
    const toggles: unknown[] = [];
    first.addEventListener('pm-step-toggle', (e) => toggles.push(e.detail));
    boxes(first)[1]!.click();
    expect(toggles).to.deep.equal([{ pathway, step: 1, done: true }]);
    first.remove();
    const second = await render<PathwayCard>(html`<pm-pathway-card pathway=${pathway} checklist></pm-pathway-card>`);
    expect(
      boxes(second).map((b) => b.checked),
      'progress survives within the page',
    ).to.deep.equal([false, true, false]);
    second.remove();
  } finally {
    window.removeEventListener('error', onError);
  }
  expect(errors).to.deep.equal([]);
}

const throwing = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('checklist storage on a hostile page', () => {
  it('works when localStorage is missing', async () => {
    const restore = withStorage({ value: undefined });
    try {
      await checklistWorks('internal-transition');
    } finally {
      restore();
    }
  });

  it('works when reading localStorage itself throws', async () => {
    const restore = withStorage({ get: throwing });
    try {
      await checklistWorks('formal-education');
    } finally {
      restore();
    }
  });

  it('works when every storage call throws', async () => {
    const restore = withStorage({
      value: { getItem: throwing, setItem: throwing, removeItem: throwing, clear: throwing, key: throwing, length: 0 },
    });
    try {
      await checklistWorks('startup-experience');
    } finally {
      restore();
    }
  });

  it('works when storage is full', async () => {
    const full = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    const restore = withStorage({
      value: { getItem: () => null, setItem: full, removeItem: () => {}, clear: () => {}, key: () => null, length: 0 },
    });
    try {
      await checklistWorks('certifications-bootcamps');
    } finally {
      restore();
    }
  });

  it('ignores garbage under the pm-pathways: keys', async () => {
    const garbage = [
      '{',
      'null',
      '42',
      '"text"',
      '{"0":true}',
      '[[true]]',
      `[${'true,'.repeat(10000)}true]`,
      '<script>alert(1)</script>',
    ];
    for (const [i, value] of garbage.entries()) {
      const pathway = ['technical-background', 'networking-mentorship', 'freelance-consulting'][i % 3]!;
      localStorage.setItem(`pm-pathways:progress:${pathway}`, value);
      const el = await render<PathwayCard>(html`<pm-pathway-card pathway=${pathway} checklist></pm-pathway-card>`);
      const expected = value.startsWith('[true') ? [true, true, true] : [false, false, false];
      expect(
        boxes(el).map((b) => b.checked),
        value.slice(0, 20),
      ).to.deep.equal(expected);
      el.remove();
    }
    localStorage.clear();
  });
});
