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

  constructor(host: ReactiveControllerHost & HTMLElement, fallback: Dataset) {
    this.#host = host;
    this.#consumer = new ContextConsumer(host, { context: datasetContext, subscribe: true });
    this.#fallback = { status: 'ready', data: fallback };
    host.addController(this);
  }

  get state(): DatasetState {
    return this.#consumer.value ?? this.#fallback;
  }

  hostConnected(): void {
    this.#host.requestUpdate(); // after the consumer has asked for a provider again
  }

  hostDisconnected(): void {
    // Moved out of a provider: forget its data; reconnecting asks again.
    this.#consumer.value = undefined;
  }
}
