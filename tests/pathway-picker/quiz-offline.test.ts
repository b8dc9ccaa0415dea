import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/pathway-picker/define.js';
import type { PathwayPicker } from '../../src/pathway-picker/pathway-picker.js';
import { quizCode } from '../../src/pathway-picker/quiz-loader.js';
import { shadow, textOf } from '../helpers.js';

const frames = (n: number) =>
  new Promise<void>((done) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : done());
    step(n);
  });

describe('pm-pathway-picker when the quiz code cannot be fetched', () => {
  const { load, get } = quizCode;
  let calls = 0;
  beforeEach(() => {
    calls = 0;
    quizCode.get = () => undefined;
    // As lazy() does: one request at a time, forgotten when it fails.
    let pending: Promise<never> | undefined;
    quizCode.load = () =>
      (pending ??= new Promise<never>((_, reject) => {
        calls++;
        reject(new TypeError('Failed to fetch dynamically imported module'));
      }).catch((error: unknown) => {
        pending = undefined;
        throw error;
      }));
  });
  afterEach(() => Object.assign(quizCode, { load, get }));

  it('says so in place, once, without asking again and again', async () => {
    // fixture(), not render(): the shared settle() would fetch the quiz code itself.
    const el = await fixture<PathwayPicker>(html`<pm-pathway-picker view="quiz"></pm-pathway-picker>`);
    await waitUntil(() => shadow(el).querySelector('[part=error]'), 'a notice replaces "Loading…"');
    expect(textOf(shadow(el).querySelector('[part=error]'))).to.equal(
      'Part of this widget could not be loaded. Check the connection, then try again.',
    );
    await frames(5);
    expect(calls, 'no retry loop').to.equal(1);
  });

  it('moves the keyboard from "Loading…" to the notice when the load fails', async () => {
    let fail: (error: Error) => void = () => {};
    quizCode.load = () => new Promise<never>((_, reject) => (fail = reject));
    // fixture(), not render(): the shared settle() would fetch the quiz code itself.
    const el = await fixture<PathwayPicker>(html`<pm-pathway-picker view="quiz"></pm-pathway-picker>`);
    const loading = shadow(el).querySelector<HTMLElement>('.quiz .loading')!;
    loading.focus();
    expect(shadow(el).activeElement, 'the reader is on "Loading…"').to.equal(loading);
    fail(new TypeError('Failed to fetch dynamically imported module'));
    await waitUntil(() => shadow(el).querySelector('[part=error]'), 'the notice replaces "Loading…"');
    await waitUntil(
      () => shadow(el).activeElement === shadow(el).querySelector('[part=error]'),
      'focus moves to the notice',
    );
  });

  it('tries again when the reader switches views', async () => {
    // fixture(), not render(): the shared settle() would fetch the quiz code itself.
    const el = await fixture<PathwayPicker>(html`<pm-pathway-picker view="quiz"></pm-pathway-picker>`);
    await waitUntil(() => shadow(el).querySelector('[part=error]'));
    el.view = 'browse';
    await el.updateComplete;
    el.view = 'quiz';
    await el.updateComplete;
    await waitUntil(() => calls === 2, 'a second attempt');
    await frames(5);
    expect(calls).to.equal(2);
  });
});
