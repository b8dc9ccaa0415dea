// Server-rendered elements (a declarative shadow root already in place when
// they upgrade) must hydrate, never draw a second copy beside the server's.
// When the hydrator (./hydrator.ts, with Lit's hydration support) is on the
// page before the elements define, it takes them over. Otherwise a
// server-rendered element renders afresh into its emptied root, with one
// console warning. Kept small: this part is in every page's script.
import type { LitElement } from 'lit';
import { isHydrationInstalled } from './installed.js';

export const hydration: {
  /** The hydrator on its way, when the page holds server-rendered elements: define() waits for it. */
  ready?: Promise<unknown>;
  /** Set by the hydrator when it loads: how it prepares an element class to hydrate. */
  define?: (element: typeof LitElement) => void;
  /** What the warning tells the page to do: the script tag sets it when its hydration chunk failed to load. */
  fix?: string;
} = {};
let warned = false;

/** Whether the page holds server-rendered elements: they arrive with their shadow roots. */
export const serverRendered = (): boolean =>
  [...document.querySelectorAll('pm-pathway-card, pm-pathway-picker, pm-pathway-data')].some(
    (element) => element.shadowRoot,
  );

/** Makes `element` hydrate server-rendered instances, or draw them once afresh, never twice. */
export function guardServerRendered(element: typeof LitElement): void {
  if (hydration.define) return hydration.define(element);
  const proto = element.prototype as LitElement & { renderRoot?: ShadowRoot };
  const connect = proto.connectedCallback;
  proto.connectedCallback = function (this: typeof proto) {
    if (this.shadowRoot && !this.renderRoot && !isHydrationInstalled()) {
      if (!warned)
        console.warn(
          `pm-pathways: <${this.localName}> cannot hydrate, drawn again. ${hydration.fix ?? 'Import "pm-pathways/hydrate.js" first.'}`,
        );
      warned = true;
      this.shadowRoot.replaceChildren();
    }
    connect.call(this);
  };
}
