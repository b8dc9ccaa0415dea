import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetContext } from '../data/context.js';
import type { Dataset, DatasetState } from '../data/types.js';

/**
 * The dataset an element shows: the nearest provider's when there is one,
 * otherwise `fallback` (the bundled data).
 */
export class DatasetController implements ReactiveController {
  readonly #consumer: ContextConsumer<typeof datasetContext, ReactiveControllerHost & HTMLElement>;
  /** One object for the fallback, so passing the state on (as the picker does) notifies only on change. */
  readonly #fallback: DatasetState;

  readonly #host: ReactiveControllerHost;
  /** Rendered on a server: its declarative shadow root was there before the element upgraded. */
  readonly serverRendered: boolean;

  constructor(host: ReactiveControllerHost & HTMLElement, fallback: Dataset) {
    this.#host = host;
    this.serverRendered = !!host.shadowRoot;
    this.#consumer = new ContextConsumer(host, { context: datasetContext, subscribe: true });
    this.#fallback = { status: 'ready', data: fallback };
    host.addController(this);
  }

  get state(): DatasetState {
    return this.#consumer.value ?? this.#fallback;
  }

  /**
   * Whether to keep the server's DOM for now: a server-rendered element whose
   * provider is still loading (or validating) would otherwise hydrate with
   * nothing where the server drew the pathway. It hydrates when the data is here.
   */
  get keepServerDom(): boolean {
    return this.serverRendered && this.state.status === 'loading';
  }

  hostConnected(): void {
    this.#host.requestUpdate(); // after the consumer has asked for a provider again
  }

  hostDisconnected(): void {
    // Moved out of a provider: forget its data; reconnecting asks again.
    this.#consumer.value = undefined;
  }
}
