// Hydration adopts the server's DOM without comparing it: what the browser
// knows and the server did not (checklist progress in localStorage, a
// #pathway= link) would leave the server's text in place. This compares the
// hydrated DOM with a detached render of the same template; the guard renders
// afresh when they differ.
import { render, type LitElement } from 'lit';

type Entry = Element | string;

/** Elements and the text between them, in document order; styles and Lit's marker comments left out. */
function entries(root: Node): Entry[] {
  const found: Entry[] = [];
  let text = '';
  const flush = () => {
    const collapsed = text.replace(/\s+/g, ' ').trim();
    if (collapsed) found.push(collapsed);
    text = '';
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.parentElement?.localName !== 'style') text += (node as Text).data;
    } else if ((node as Element).localName !== 'style') {
      flush();
      found.push(node as Element);
    }
  }
  flush();
  return found;
}

/** Same tag, and the same attributes; a custom element may add its own (reflected) ones. */
function sameElement(real: Element, expected: Element): boolean {
  if (real.localName !== expected.localName) return false;
  const names = (el: Element) => el.getAttributeNames().filter((name) => name !== 'defer-hydration');
  if (!real.localName.includes('-') && names(real).length !== names(expected).length) return false;
  return names(expected).every((name) => real.getAttribute(name) === expected.getAttribute(name));
}

/** Whether `element`'s hydrated shadow DOM shows what its render produces now. */
export function matchesRender(element: LitElement): boolean {
  const probe = document.createDocumentFragment();
  render((element as unknown as { render(): unknown }).render(), probe, { host: element });
  const real = entries(element.renderRoot);
  const expected = entries(probe);
  return (
    real.length === expected.length &&
    real.every((entry, i) => {
      const other = expected[i]!;
      return typeof entry === 'string' ? entry === other : typeof other !== 'string' && sameElement(entry, other);
    })
  );
}
