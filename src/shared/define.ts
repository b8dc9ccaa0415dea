import type { LitElement } from 'lit';
import { guardServerRendered, hydration, serverRendered } from '../hydration/guard.js';
import { pageLanguageLoad } from '../i18n/page-language.js';
import { attachLateProviderRoot } from './late-provider-root.js';

const rootKey = Symbol.for('pm-pathways.context-root');

/**
 * Registers an element once. A second copy of the library on the page (the
 * script pasted twice, or the bundle beside an npm build) is a no-op, not an
 * error. One shared root, whichever copy comes first, lets a card that upgraded
 * before its `<pm-pathway-data>` still receive the provider's data. On a page
 * whose `<html lang>` is another shipped language, it registers once that
 * language has loaded; on a page with server-rendered elements, once the
 * hydration support has, so they hydrate in place, never as a second copy.
 */
export function define(name: string, element: typeof LitElement): void {
  const scope = globalThis as { [rootKey]?: boolean };
  const page = typeof document !== 'undefined';
  if (!scope[rootKey] && page) {
    scope[rootKey] = true;
    attachLateProviderRoot(document);
  }
  const register = () => {
    if (customElements.get(name)) return;
    guardServerRendered(element);
    customElements.define(name, element);
  };
  // Wait for the page's language (no English first frame, no jump) and, when
  // the server rendered elements, for the hydration support (a failed load
  // draws them anew). The script tag fetches it (../hydration/lazy.ts); imported
  // from npm, it may come later in the same module graph (a bundler can put the
  // elements in a shared chunk that runs before pm-pathways/hydrate.js's), so
  // wait until the graph has run.
  const language = pageLanguageLoad();
  const support = hydration.ready ?? (!hydration.define && page && serverRendered() && Promise.resolve());
  if (language || support) void Promise.all([language, support]).then(register);
  else register();
}
