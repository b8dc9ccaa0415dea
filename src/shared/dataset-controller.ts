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

  constructor(host: ReactiveControllerHost & HTMLElement, readonly fallback: Dataset) {
    this.#consumer = new ContextConsumer(host, { context: datasetContext, subscribe: true });
  }

  get state(): DatasetState {
    return this.#consumer.value ?? { status: 'ready', data: this.fallback };
  }
}
