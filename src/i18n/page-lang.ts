/**
 * The language and direction an element inherits from the page: the closest
 * `lang` / `dir` attribute, looking through shadow roots to their hosts.
 */
function closest(el: Element, attribute: 'lang' | 'dir'): string {
  // A server-rendering DOM shim has no closest() and no parents: only the
  // element's own value counts there (a property set before it reflects, or the attribute).
  if (!el.closest) return (el as unknown as Record<string, string>)[attribute] || el.getAttribute(attribute) || '';
  for (let node: Element | null = el; node;) {
    const found = node.closest(`[${attribute}]`);
    if (found) return found.getAttribute(attribute)!;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** The `lang` in effect at `el`: its own, else its closest ancestor's, else ''. */
export const inheritedLang = (el: Element): string => closest(el, 'lang');

/** The `dir` in effect at `el` (`rtl`, `ltr`, `auto`), else ''. */
export const inheritedDir = (el: Element): string => closest(el, 'dir').toLowerCase();

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `onChange` whenever a `lang` or `dir` attribute changes anywhere in the
 * document. One MutationObserver serves every element on the page; it stops
 * when the last watcher leaves. Returns the function that stops watching.
 */
export function watchPageLang(onChange: () => void): () => void {
  watchers.add(onChange);
  if (!observer && typeof MutationObserver !== 'undefined') {
    // none on a server
    observer = new MutationObserver(() => {
      for (const watcher of [...watchers]) watcher();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
  return () => {
    watchers.delete(onChange);
    if (!watchers.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
