import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { dataCode } from '../src/pathway-data/data-loader.js';
import { quizCode } from '../src/pathway-picker/quiz-loader.js';
import { progressCode } from '../src/storage/progress-loader.js';

/** Forgets what the library stored (checklist ticks, quiz answers), so a page starts as a first visit. */
export function forgetStoredState(storage: Storage = localStorage): void {
  for (const key of Object.keys(storage)) if (key.startsWith('pm-pathways')) storage.removeItem(key);
}
// Test files share one origin, so one file's saved quiz or ticks would change what the next one shows.
forgetStoredState();

/** Code the elements load on demand (from src/; a dist bundle in an iframe has its own copies). */
const onDemand = [dataCode, quizCode, progressCode];

/** Renders a template and waits for every pm-* element in it to finish rendering. */
export async function render<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settle(el);
  return el;
}

/**
 * The one "wait until rendered" helper: waits until `root` (an element, or a whole
 * document such as an iframe's) and every defined pm-* element inside it, shadow
 * roots included, have no update pending. Elements rendered by those updates are
 * waited for too, and so is code the elements load on demand (the quiz, the
 * validator). Data still on its way over the network is not: wait for what it
 * shows with `until`.
 */
export async function settle(root: Element | Document): Promise<void> {
  // An element that asked for the code reacts to its arrival before we resume.
  await Promise.all(onDemand.map((code) => code.load().catch(() => undefined)));
  for (let round = 0; round < 10; round++) {
    const start = root.nodeType === Node.ELEMENT_NODE ? [root as Element] : [];
    const pending = [...start, ...deepQueryAll(root, '*')]
      .filter(
        (el): el is Element & { updateComplete: Promise<boolean> } =>
          el.localName.startsWith('pm-') && 'updateComplete' in el,
      )
      .map((el) => el.updateComplete);
    const results = await Promise.all(pending);
    if (results.every(Boolean)) return;
  }
}

/**
 * Waits until `check` holds (polling, up to 10 s for a loaded machine), then
 * settles `root` if given. Fails with `what` instead of hanging.
 */
export async function until(check: () => boolean, what: string, root?: Element | Document): Promise<void> {
  await waitUntil(check, what, { interval: 10, timeout: 10000 });
  if (root) await settle(root);
}

/**
 * Asserts that nothing under `root` (shadow roots included) matches `selector`.
 * It reports what it found as text: a failing chai check that holds a DOM node
 * makes the test runner hang while it serialises the node.
 */
export function expectNone(root: Element | ShadowRoot | Document, selector: string, reason: string): void {
  const found = deepQueryAll(root, selector).map((el) => el.outerHTML.slice(0, 120));
  expect(found, reason).to.deep.equal([]);
}

/** Asserts `node` is null, failing fast with its markup (see expectNone). */
export function expectNull(node: Element | null | undefined, reason: string): void {
  expect(node ? node.outerHTML.slice(0, 120) : null, reason).to.equal(null);
}

/** querySelectorAll that also looks inside open shadow roots. */
export function deepQueryAll(root: Element | ShadowRoot | Document, selector: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot | Document) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if ('shadowRoot' in root && root.shadowRoot) walk(root.shadowRoot); // an element of any window
  walk(root);
  return found;
}

/** The element's shadow root, which every pm-* element has. */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** Records console.warn calls until `restore` is called. */
export function captureWarnings() {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args);
  };
  return {
    calls,
    restore: () => {
      console.warn = original;
    },
  };
}

/** The visible text of a node, with whitespace collapsed. */
export const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** One fetch caught by `stubFetch`, answered when the test says so. */
export interface HeldFetch {
  url: string;
  signal: AbortSignal | undefined;
  /**
   * Answers with `body`. Resolves once the caller has read the body and run the
   * code that follows its read, so a test can check what it did with it.
   */
  respond(body: string, init?: ResponseInit): Promise<void>;
}

/**
 * Replaces window.fetch: every call waits until the test answers it. An abort
 * rejects it as a browser would, unless `ignoreAbort` (a slow cache or service
 * worker that ignores aborts). Call `restore` in afterEach.
 */
export function stubFetch({ ignoreAbort = false } = {}) {
  const original = window.fetch;
  const calls: HeldFetch[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    let answer!: (response: Response) => void;
    const answered = new Promise<Response>((resolve, reject) => {
      answer = resolve;
      const signal = init?.signal;
      if (!ignoreAbort)
        signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
    });
    calls.push({
      url: String(input),
      signal: init?.signal ?? undefined,
      respond(body, responseInit) {
        const response = new Response(body, responseInit);
        const readBody = response.text.bind(response);
        let read: Promise<string> | undefined;
        response.text = () => (read = readBody());
        answer(response);
        // The caller's reactions were registered first, so they run before ours: to the answer
        // (it reads the body at once, or gives up on a bad status), then to the body.
        return answered.then(
          () =>
            read?.then(
              () => undefined,
              () => undefined,
            ),
          () => undefined,
        );
      },
    });
    return answered;
  };
  return {
    calls,
    restore: () => {
      window.fetch = original;
    },
  };
}
