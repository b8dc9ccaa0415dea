import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';

const CYCLES = 10000;

/** Counts listeners on window and document, and timers, that are still registered. */
function track() {
  const listeners = new Set<string>();
  // Weak, so tracking listeners does not keep their elements alive.
  const ids = new WeakMap<object, number>();
  let count = 0;
  const idOf = (listener: unknown) => {
    if ((typeof listener !== 'object' && typeof listener !== 'function') || listener === null) return -1;
    if (!ids.has(listener)) ids.set(listener, count++);
    return ids.get(listener);
  };
  const key = (target: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
    `${target === window ? 'window' : 'document'} ${type} ${String(listener)} ${typeof options === 'boolean' ? options : !!options?.capture} #${idOf(listener)}`;
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (this === window || this === document) listeners.add(key(this, type, listener, options));
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    if (this === window || this === document) listeners.delete(key(this, type, listener, options));
    return remove.call(this, type, listener, options);
  };
  const timers = new Set<number>();
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) => {
    const id = st(
      () => {
        timers.delete(id);
        fn();
      },
      ms,
      ...rest,
    );
    timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    timers.delete(id!);
    ct(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((fn: () => void, ms?: number) => {
    const id = si(fn, ms);
    timers.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    timers.delete(id!);
    ci(id);
  }) as typeof window.clearInterval;
  return {
    listeners,
    timers,
    restore() {
      Object.assign(EventTarget.prototype, { addEventListener: add, removeEventListener: remove });
      Object.assign(window, { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci });
    },
  };
}

const heap = async () => (await executeServerCommand<{ bytes: number | null }, undefined>('pm-heap')).bytes;

const elements: [string, (el: HTMLElement) => void][] = [
  [
    'pm-pathway-card',
    (el) => {
      el.setAttribute('pathway', 'formal-education');
      el.toggleAttribute('checklist', true);
    },
  ],
  [
    'pm-pathway-picker',
    (el) => {
      el.setAttribute('value', 'startup-experience');
      el.toggleAttribute('sync-url', true);
    },
  ],
  [
    'pm-pathway-data',
    (el) => {
      el.innerHTML = '<pm-pathway-card pathway="formal-education"></pm-pathway-card>';
    },
  ],
];

describe('lifecycle: create, connect, disconnect, reconnect', () => {
  for (const [tag, setup] of elements) {
    it(`${CYCLES} cycles of <${tag}> leave no listener, no timer and no heap growth`, async function () {
      this.timeout(180000);
      const host = document.createElement('div');
      document.body.append(host);
      const cycle = async () => {
        const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        setup(el);
        host.append(el);
        await el.updateComplete;
        el.remove();
        host.append(el);
        await el.updateComplete;
        el.remove();
      };
      for (let i = 0; i < 200; i++) await cycle(); // warm up caches and the JIT
      const before = await heap();
      const tracker = track();
      try {
        for (let i = 0; i < CYCLES; i++) await cycle();
        expect([...tracker.listeners], 'listeners left on window or document').to.deep.equal([]);
        expect(tracker.timers.size, 'timers left running').to.equal(0);
      } finally {
        tracker.restore();
        host.remove();
      }
      const after = await heap();
      if (before !== null && after !== null) {
        // Chromium only: the DevTools protocol measures the heap after garbage collection. Quiet when it passes.
        expect(after - before, `<${tag}>: the heap grew by ${after - before} bytes over ${CYCLES} cycles`).to.be.below(
          1024 * 1024,
        );
      }
    });
  }
});
