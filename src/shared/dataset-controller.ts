import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { datasetContext } from '../data/context.js';
import type { Dataset, DatasetState } from '../data/types.js';

/**
 * The dataset an element shows: the nearest provider's when there is one,
 * otherwise `fallback` (the bundled data).
 */
export class DatasetController {
  readonly #consumer: ContextConsumer<typeof datasetContext, ReactiveControllerHost & HTMLElement>;

  /** One object for the fallback, so passing the state on (as the picker does) notifies only on change. */
  readonly #fallback: DatasetState;

  constructor(host: ReactiveControllerHost & HTMLElement, fallback: Dataset) {
    this.#consumer = new ContextConsumer(host, { context: datasetContext, subscribe: true });
    this.#fallback = { status: 'ready', data: fallback };
  }

  get state(): DatasetState {
    return this.#consumer.value ?? this.#fallback;
  }
}
