// How a server-rendered element hydrates, with Lit's hydration support in:
// its first connection waits until the <pm-pathway-data> around it has data
// (a `src` still loading would render something else than the server did),
// and its first (hydrating) render is checked against what it renders now,
// drawing it afresh when they differ (browser-only state such as checklist
// progress) or when the server HTML does not match and hydration throws.
import { ContextEvent } from '@lit/context';
import { render, type LitElement, type PropertyValues } from 'lit';
import { datasetContext } from '../data/context.js';
import type { DatasetState } from '../data/types.js';
import { matchesRender } from './verify.js';

/** LitElement, with `renderRoot` unset until the first connection. */
type Element$ = LitElement & { renderRoot?: ShadowRoot };
type Update = (this: Element$, changed: PropertyValues) => void;

/** Elements whose first update hydrates server DOM. */
const fromServer = new WeakSet<Element>();
let warned = false;
const waiting = new WeakSet<Element>();
// The late-provider root holds context callbacks weakly: keep ours alive while they wait.
const pendingCallbacks = new Set<object>();

/** Resolves once the `<pm-pathway-data>` around `element` (if any) is no longer loading. */
function datasetSettled(element: Element, done: () => void): void {
  if (element.localName === 'pm-pathway-data' || !element.parentElement?.closest('pm-pathway-data')) return done();
  let settled = false;
  const callback = (state: DatasetState | undefined, unsubscribe?: () => void) => {
    if (settled || state?.status === 'loading') return;
    settled = true;
    unsubscribe?.();
    pendingCallbacks.delete(callback);
    done();
  };
  pendingCallbacks.add(callback);
  element.dispatchEvent(new ContextEvent(datasetContext, element, callback, true));
}

/** Empties a server shadow root but for its `<style>`s (a hydrating element adopts no styles of its own), warning once when `why` says. */
function renderAfresh(element: Element$, why?: string): void {
  if (why && !warned) {
    warned = true;
    console.warn(`pm-pathways: <${element.localName}> ${why}, so it is drawn again (one copy, new nodes).`);
  }
  for (const child of [...element.shadowRoot!.childNodes]) if ((child as Element).localName !== 'style') child.remove();
}

function drawAgain(element: Element$): void {
  (element.renderRoot as { _$litPart$?: unknown })._$litPart$ = undefined; // forget the hydrated parts
  render((element as unknown as { render(): unknown }).render(), element.renderRoot!, element.renderOptions);
}

/** The class's update, wrapped: a hydrating update that throws or leaves stale DOM is drawn afresh. */
function wrapUpdate(proto: Element$): void {
  const own = Object.prototype.hasOwnProperty.call(proto, 'update')
    ? (proto as unknown as { update: Update }).update
    : undefined;
  (proto as unknown as { update: Update }).update = function (changed) {
    const hydrating = !this.hasUpdated && fromServer.has(this);
    const update = own ?? (Object.getPrototypeOf(proto).update as Update);
    try {
      update.call(this, changed);
      if (hydrating && !matchesRender(this)) {
        renderAfresh(this);
        drawAgain(this);
      }
    } catch (error) {
      if (!hydrating) throw error;
      renderAfresh(this, `does not match its server HTML (${error instanceof Error ? error.message : error})`);
      drawAgain(this);
    }
  };
}

/**
 * Prepares an element class, before it is defined, so that each server-rendered
 * instance waits for its data, hydrates, and is checked against its render.
 */
export function prepareClass(element: typeof LitElement): void {
  const proto = element.prototype as Element$;
  wrapUpdate(proto);
  const own = Object.prototype.hasOwnProperty.call(proto, 'connectedCallback') ? proto.connectedCallback : undefined;
  const connect = function (this: Element$) {
    (own ?? Object.getPrototypeOf(proto).connectedCallback).call(this);
  };
  proto.connectedCallback = function (this: Element$) {
    if (!this.shadowRoot || this.renderRoot || this.hasUpdated) return connect.call(this);
    if (waiting.has(this)) return; // connected again while its data loads
    fromServer.add(this);
    waiting.add(this);
    datasetSettled(this, () => {
      waiting.delete(this);
      if (this.isConnected && !this.renderRoot) connect.call(this);
    });
  };
}
