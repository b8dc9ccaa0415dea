import type { LitElement } from 'lit';
import { guardServerRendered, hydration } from '../hydration/guard.js';
import { attachLateProviderRoot } from './late-provider-root.js';

const rootKey = Symbol.for('pm-pathways.context-root');

/**
 * Registers an element once. A second copy of the library on the page (the
 * script pasted twice, or the bundle beside an npm build) is a no-op, not an
 * error. One shared root, whichever copy comes first, lets a card that upgraded
 * before its `<pm-pathway-data>` still receive the provider's data. Elements
 * the server rendered hydrate in place, never as a second copy.
 */
export function define(name: string, element: typeof LitElement): void {
  const scope = globalThis as { [rootKey]?: boolean };
  if (!scope[rootKey] && typeof document !== 'undefined') {
    scope[rootKey] = true;
    attachLateProviderRoot(document);
  }
  const register = () => {
    if (customElements.get(name)) return;
    guardServerRendered(element);
    customElements.define(name, element);
  };
  // Server-rendered elements on the page: define once the hydrator is in (or failed to load).
  if (hydration.ready) void hydration.ready.then(register, register);
  else register();
}
