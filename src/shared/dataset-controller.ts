import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetContext } from '../data/context.js';
import type { Dataset, DatasetState } from '../data/types.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { inheritedLang } from '../i18n/page-lang.js';

/**
 * The dataset an element shows: the nearest provider's when there is one,
 * otherwise the shipped one in the element's language (`fallback` for English).
 * Every element showing a language shares one state object for it.
 */
export class DatasetController implements ReactiveController {
  readonly #consumer: ContextConsumer<typeof datasetContext, ReactiveControllerHost & HTMLElement>;
  readonly #locale: LocaleController;
  readonly #host: ReactiveControllerHost & HTMLElement;

  /** Rendered on a server: its declarative shadow root was there before the element upgraded. */
  readonly serverRendered: boolean;

  constructor(host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean }, fallback: Dataset) {
    this.#host = host;
    this.serverRendered = !!host.shadowRoot;
    this.#consumer = new ContextConsumer(host, { context: datasetContext, subscribe: true });
    this.#locale = new LocaleController(host, fallback, () => this.#consumer.value !== undefined);
    host.addController(this);
  }

  get state(): DatasetState {
    return this.#consumer.value ?? this.#locale.state;
  }

  /** The language of the shown data: its `lang` field, else the one the element inherits. */
  get lang(): string {
    const state = this.state;
    const lang = state.status === 'ready' ? state.data.lang : undefined;
    return lang || inheritedLang(this.#host) || 'en';
  }

  /** The direction to render in, for the element's root `dir`. */
  get dir(): 'rtl' | 'ltr' {
    return this.#locale.dir(this.lang);
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
