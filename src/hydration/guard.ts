// Server-rendered elements (a declarative shadow root already in place when
// they upgrade) must hydrate, never draw a second copy beside the server's.
// define() passes each element class through guardServerRendered(), which
// holds back the first connection of a server-rendered element until
//  1. Lit's hydration support is installed (loaded on demand in the script-tag
//     build; in a bundler it must come first: pm-pathways/hydrate.js), and
//  2. the <pm-pathway-data> around it has its data (a `src` still loading would
//     render something else than the server did),
// and otherwise renders afresh into the emptied root, with one console warning.
import { ContextEvent } from '@lit/context';
import { render, type LitElement, type PropertyValues } from 'lit';
import { datasetContext } from '../data/context.js';
import type { DatasetState } from '../data/types.js';
import { isHydrationInstalled } from './installed.js';

/** LitElement, with `renderRoot` unset until the first connection. */
type Element$ = LitElement & { renderRoot?: ShadowRoot };
type Callback = (this: Element$, ...args: never[]) => unknown;

let loadHydration: (() => Promise<unknown>) | undefined;
let hydratedAsRendered: ((element: Element$) => boolean) | undefined;
let loading: Promise<unknown> | undefined;
let warned = false;
const waiting = new WeakSet<Element>();
/** Elements that connected with a server shadow root: their first update hydrates it. */
const fromServer = new WeakSet<Element>();
// The late-provider root holds context callbacks weakly: keep ours alive while they wait.
const pendingCallbacks = new Set<object>();

/** How this build gets Lit's hydration support when a server-rendered element appears. */
export function setHydrationLoader(load: () => Promise<unknown>): void {
  loadHydration = load;
}

/** How to tell that a hydrated element shows what it renders (installed with the hydration support). */
export function setHydrationCheck(check: (element: LitElement) => boolean): void {
  hydratedAsRendered = check;
}

function renderAfresh(element: Element$, why: string): void {
  if (!warned) {
    warned = true;
    console.warn(`pm-pathways: <${element.localName}> holds server-rendered content that ${why}, so it is rendered again from scratch `
      + '(one copy, new nodes). With a bundler, import "pm-pathways/hydrate.js" before anything that imports Lit.');
  }
  if (element.shadowRoot) clearKeepingStyles(element.shadowRoot);
}

/** Empties a server shadow root but for its `<style>`s: a hydrating element adopts no styles of its own. */
function clearKeepingStyles(root: ShadowRoot): void {
  for (const child of [...root.childNodes]) if ((child as Element).localName !== 'style') child.remove();
}

/** Waits, when `element` sits in a `<pm-pathway-data>`, until that provider's data is no longer loading. */
function datasetSettled(element: Element): Promise<void> | undefined {
  if (element.localName === 'pm-pathway-data' || !element.parentElement?.closest('pm-pathway-data')) return undefined;
  let settled = false;
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  const callback = (state: DatasetState | undefined, unsubscribe?: () => void) => {
    if (settled || state?.status === 'loading') return;
    settled = true;
    unsubscribe?.();
    pendingCallbacks.delete(callback);
    resolve();
  };
  pendingCallbacks.add(callback);
  element.dispatchEvent(new ContextEvent(datasetContext, element, callback, true));
  return settled ? undefined : promise;
}

/** What must happen before `element`'s server DOM can be hydrated; undefined when it can be now. */
function prepare(element: Element$): Promise<void> | undefined {
  if (isHydrationInstalled()) return datasetSettled(element);
  if (!loadHydration) {
    renderAfresh(element, 'cannot hydrate: Lit loaded before its hydration support');
    return undefined;
  }
  loading ??= loadHydration();
  return loading.then(
    () => (isHydrationInstalled() ? datasetSettled(element) : renderAfresh(element, 'cannot hydrate: the hydration support did not install')),
    () => renderAfresh(element, 'cannot hydrate: the hydration support failed to load'),
  );
}

/** The method `name` as the class defines it, or else as its base class has it at call time (patched or not). */
function method(proto: Element$, name: 'connectedCallback' | 'attributeChangedCallback' | 'update'): Callback {
  const own = Object.prototype.hasOwnProperty.call(proto, name) ? (proto[name] as Callback) : undefined;
  return own ?? function (this: Element$, ...args: never[]) { return (Object.getPrototypeOf(proto)[name] as Callback).apply(this, args); };
}

/** Makes `element` hydrate server-rendered instances (or render them afresh, warning once) instead of doubling them. */
export function guardServerRendered(element: typeof LitElement): void {
  const proto = element.prototype as Element$;
  const connect = method(proto, 'connectedCallback');
  const update = method(proto, 'update');

  proto.connectedCallback = function (this: Element$) {
    const serverRendered = this.shadowRoot && !this.renderRoot && !this.hasUpdated;
    if (!serverRendered) return connect.call(this);
    fromServer.add(this);
    if (waiting.has(this)) return;
    const ready = prepare(this);
    if (!ready) return connect.call(this);
    waiting.add(this);
    void ready.then(() => {
      waiting.delete(this);
      if (this.isConnected && !this.renderRoot) connect.call(this);
    });
  };

  // A server DOM that does not match the first client render (other data, a
  // plugin that rendered differently) throws in hydration: render afresh instead.
  (proto as unknown as { update: (changed: PropertyValues) => void }).update = function (this: Element$, changed: PropertyValues) {
    const hydrating = !this.hasUpdated && fromServer.has(this) && isHydrationInstalled();
    try {
      update.call(this, changed as never);
      // State only the browser has (saved progress, a #pathway= link): the server's text is stale, draw it anew.
      if (hydrating && this.renderRoot && hydratedAsRendered && !hydratedAsRendered(this)) {
        (this.renderRoot as { _$litPart$?: unknown })._$litPart$ = undefined;
        clearKeepingStyles(this.renderRoot);
        render((this as unknown as { render(): unknown }).render(), this.renderRoot, this.renderOptions);
      }
    } catch (error) {
      if (!hydrating || !this.renderRoot) throw error;
      renderAfresh(this, `does not match its first render in the browser (${error instanceof Error ? error.message : error})`);
      render((this as unknown as { render(): unknown }).render(), this.renderRoot, this.renderOptions);
    }
  };

  // Children rendered inside a server shadow root carry `defer-hydration` until
  // their parent hydrates; watch it even when the support arrives after define()
  // (which captures the callbacks: this one looks up the patched one at call time).
  proto.attributeChangedCallback = method(proto, 'attributeChangedCallback') as Element$['attributeChangedCallback'];
  let getter: (() => string[]) | undefined;
  for (let base = Object.getPrototypeOf(element); base && !getter; base = Object.getPrototypeOf(base)) {
    getter = Object.getOwnPropertyDescriptor(base, 'observedAttributes')?.get;
  }
  Object.defineProperty(element, 'observedAttributes', {
    configurable: true,
    get(this: typeof LitElement) {
      const names: string[] = getter ? getter.call(this) : [];
      return names.includes('defer-hydration') ? names : [...names, 'defer-hydration'];
    },
  });
}
