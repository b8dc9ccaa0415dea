import { ContextEvent, type Context } from '@lit/context';

type UnknownContext = Context<unknown, unknown>;
type Request = ContextEvent<UnknownContext>;

interface Pending {
  context: unknown;
  element: WeakRef<Element>;
  callback: WeakRef<Request['callback']>;
}

/**
 * Replays context requests that nobody answered when a provider appears later,
 * so a card that upgraded before its `<pm-pathway-data>` still gets the data.
 * Unlike @lit/context's ContextRoot it forgets consumers that have left the
 * page, so creating and removing elements for hours cannot grow it.
 */
export function attachLateProviderRoot(root: EventTarget): void {
  let pending: Pending[] = [];
  let limit = 64;
  // Which callbacks each element has waiting, so a repeated request is not queued twice.
  let waiting = new WeakMap<Element, WeakSet<object>>();
  root.addEventListener('context-request', (event) => {
    const request = event as Request;
    if (!request.subscribe) return;
    const element = (request.contextTarget ?? request.composedPath()[0]) as Element;
    const callbacks = waiting.get(element) ?? new WeakSet();
    if (callbacks.has(request.callback)) return;
    waiting.set(element, callbacks.add(request.callback));
    pending.push({ context: request.context, element: new WeakRef(element), callback: new WeakRef(request.callback) });
    if (pending.length > limit) {
      pending = pending.filter((p) => p.element.deref()?.isConnected);
      limit = Math.max(64, pending.length * 2);
      // Forget the pruned ones too, so they queue again if they come back.
      waiting = new WeakMap();
      for (const p of pending) {
        const el = p.element.deref();
        const cb = p.callback.deref();
        if (el && cb) waiting.set(el, (waiting.get(el) ?? new WeakSet()).add(cb));
      }
    }
  });
  root.addEventListener('context-provider', (event) => {
    const { context } = event as Event & { context: UnknownContext };
    const replay = pending.filter((p) => p.context === context);
    pending = pending.filter((p) => p.context !== context);
    waiting = new WeakMap(); // the replayed requests come back here if still unanswered
    // A request that this provider does not answer bubbles back here and waits again.
    for (const p of replay) {
      const element = p.element.deref();
      const callback = p.callback.deref();
      if (element?.isConnected && callback) element.dispatchEvent(new ContextEvent(context, element, callback, true));
    }
  });
}
