import { pageLanguageLoad } from '../i18n/page-language.js';
import { attachLateProviderRoot } from './late-provider-root.js';

const rootKey = Symbol.for('pm-pathways.context-root');

/**
 * Registers an element once. A second copy of the library on the page (the
 * script pasted twice, or the bundle beside an npm build) is a no-op, not an
 * error. One shared root, whichever copy comes first, lets a card that upgraded
 * before its `<pm-pathway-data>` still receive the provider's data. On a page
 * whose `<html lang>` is another shipped language, it registers once that
 * language has loaded.
 */
export function define(name: string, element: CustomElementConstructor): void {
  const scope = globalThis as { [rootKey]?: boolean };
  if (!scope[rootKey] && typeof document !== 'undefined') {
    scope[rootKey] = true;
    attachLateProviderRoot(document);
  }
  const register = () => { if (!customElements.get(name)) customElements.define(name, element); };
  // On a page in another language, wait for it: no English first frame, no jump.
  const language = pageLanguageLoad();
  if (language) void language.then(register);
  else register();
}
