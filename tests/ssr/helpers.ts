// Shared by the hydration tests: server HTML from tests/.tmp/ssr/ (written by
// tests/ssr/render-pages.mjs) and ways to look at what the browser made of it.
import { expect, waitUntil } from '@open-wc/testing';
import '../helpers.js'; // forgets what other test files stored (quiz answers, ticks): the pages start as a first visit

export type Lit = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> };

/** Every pm-* element under `root`, inside shadow roots too. */
export function allElements(root: Document | Element | ShadowRoot): Lit[] {
  const found: Lit[] = [];
  const walk = (node: Document | Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('pm-')) found.push(el as Lit);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/**
 * An element's first rendered node, to compare after hydration. Not a `<style>`:
 * styles survive an element drawing itself again, so they prove nothing.
 */
export const firstNode = (el: Element) => el.shadowRoot?.querySelector(':not(style)');

/** Each element's first rendered node, to compare after hydration. */
export const firstNodes = (root: Document | Element) => new Map(allElements(root).map((el) => [el, firstNode(el)]));

/** Waits until every pm-* element under `root` has rendered (hydrated, or rendered afresh). */
export async function hydrated(root: Document | Element, log: string[] = []) {
  const pending = () =>
    allElements(root)
      .filter((el) => !el.hasUpdated)
      .map((el) => `${el.localName}#${el.id}`);
  await waitUntil(() => !pending().length, 'every element hydrated', { timeout: 10000 }).catch(() =>
    expect.fail(`not hydrated: ${pending().join(', ')}; log: ${log.join(' | ')}`),
  );
  await Promise.all(allElements(root).map((el) => el.updateComplete));
}

/** Asserts that each element still shows the node the server rendered. */
export function expectSameNodes(before: Map<Lit, Element | null | undefined>) {
  expect(before.size).to.be.greaterThan(5);
  for (const [el, node] of before) {
    expect(node, `<${el.localName} id=${el.id}> had server DOM`).to.exist;
    expect(firstNode(el), `<${el.localName} id=${el.id}> kept its server nodes`).to.equal(node);
  }
}

/** Loads a test page in a fresh iframe; `log` holds its console warnings and errors (recorded by the page). */
export async function open(page: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/tests/.tmp/ssr/${page}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window &
    typeof globalThis & { pmLog: string[]; pmServerNodes: Map<Lit, Element | null | undefined> };
  const doc = frame.contentDocument!;
  // serverNodes: each element's first node as the server sent it, recorded before the page's module scripts ran.
  return {
    win,
    doc,
    log: win.pmLog,
    serverNodes: new Map(win.pmServerNodes),
    byId: (id: string) => doc.getElementById(id) as Lit,
  };
}

/** The server-rendered elements of the test pages, as HTML to insert. */
export const serverHtml = async () => (await fetch('/tests/.tmp/ssr/fragment.html')).text();

export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
