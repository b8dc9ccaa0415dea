import { LitElement } from 'lit';

/**
 * Whether Lit's hydration support (@lit-labs/ssr-client) is installed on this
 * page's LitElement. Installing it defines LitElement's own `observedAttributes`
 * (to watch `defer-hydration`); nothing else does, so that own property is the mark.
 */
export function isHydrationInstalled(): boolean {
  return Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes');
}
