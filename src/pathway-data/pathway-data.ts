import { ContextProvider } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { bundledDataset, labelsOf } from '../data/bundled.js';
import { datasetContext } from '../data/context.js';
import type { Dataset, DatasetState } from '../data/types.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { reportError, type ElementError } from '../shared/error-state.js';
import { reflectedString } from '../shared/reflect.js';
import { themeStyles } from '../shared/theme.styles.js';
import { dataCode } from './data-loader.js';
import { dataStyles } from './pathway-data.styles.js';
import type { DataLoader, Failure, SourceHost } from './data-source.js';

/** The one failure worded without the provider's code: that code could not be loaded. */
const CODE_NOT_LOADED = 'code-not-loaded';

/**
 * Provides a dataset (your own words, a translation) to every card and picker
 * inside it: from its `data` property, fetched as JSON from `src`, or read from
 * a `<script type="application/json">` child (no request; for server rendering).
 *
 * @customElement pm-pathway-data
 * @summary Gives the cards and pickers inside it your own dataset, from `data` or fetched from `src`.
 *
 * @slot - The cards and pickers that use this dataset, and optionally a `<script type="application/json">` holding it.
 *
 * @csspart error - The notice shown when the data cannot be fetched or is not valid.
 *
 * @attr {string} src - URL of a JSON dataset (the shape of `dist/pathways.json`); ignored while `data` is set.
 * @attr {string} lang - The language of its notices (a BCP 47 tag); by default the closest `lang` in the page.
 * @prop {Dataset | undefined} data - A dataset object; takes precedence over `src`.
 *
 * @fires {PmErrorEvent} pm-error - The data could not be fetched (`fetch-failed`) or is not valid (`invalid-data`).
 */
export class PathwayData extends LitElement {
  static override styles = [themeStyles, dataStyles];

  static override properties = {
    src: reflectedString,
    data: { attribute: false },
    lang: reflectedString,
    _state: { state: true },
    _error: { state: true },
  };

  /** URL of a JSON dataset (the shape of `dist/pathways.json`); ignored while `data` is set. */
  declare src: string | undefined;
  /** A dataset object; takes precedence over `src`. */
  declare data: Dataset | undefined;
  /** The language of its notices (a BCP 47 tag); by default the closest `lang` in the page. */
  declare lang: string;
  declare private _state: DatasetState;
  declare private _error: ElementError | undefined;

  readonly #provider = new ContextProvider(this, { context: datasetContext, initialValue: { status: 'loading' } });
  /** What went wrong, worded in the element's language when shown. */
  #failure: Failure | typeof CODE_NOT_LOADED | undefined;
  readonly #locale = new LocaleController(this, bundledDataset);
  #loader: DataLoader | undefined;

  constructor() {
    super();
    this.src = undefined;
    this.data = undefined;
    this._state = { status: 'loading' };
    this._error = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Settle the state now, before the cards inside upgrade and ask for it:
    // server-rendered cards then hydrate with the same data they were rendered with.
    this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loader?.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('data') || changed.has('src')) && this.isConnected) this.#load();
    this._error = this.#describe();
  }

  protected override updated(): void {
    reportError(this, this._error);
  }

  protected override render() {
    const state = this.#locale.state;
    const lang = state.status === 'ready' ? state.data.lang : undefined;
    return html`${this._error ? html`<p class="root error" part="error" role="alert" lang=${lang ?? nothing} dir=${this.#locale.dir(lang)}>${this._error.message}</p>` : nothing}<slot></slot>`;
  }

  /** The loading code comes on demand: only pages with their own data need it. */
  #load() {
    const code = dataCode.get();
    if (code) {
      (this.#loader ??= new code.DataLoader(this.#host)).load();
      return;
    }
    this.#set({ status: 'loading' });
    dataCode.load().then(
      () => {
        if (this.isConnected) this.#load();
      },
      () => this.#set({ status: 'error' }, CODE_NOT_LOADED),
    );
  }

  /** What the loading code may see and do of this element. */
  readonly #host: SourceHost = ((element: PathwayData): SourceHost => ({
    element,
    get data() {
      return element.data;
    },
    get src() {
      return element.src;
    },
    setState: (state, failure) => element.#set(state, failure),
  }))(this);

  /** The notice in the element's language; none until that language has loaded. */
  #describe(): ElementError | undefined {
    const failure = this.#failure;
    const state = this.#locale.state;
    if (!failure || state.status !== 'ready') return undefined;
    if (failure !== CODE_NOT_LOADED) return dataCode.get()!.describeFailure(failure, state.data);
    const labels = labelsOf(state.data);
    return {
      code: 'fetch-failed',
      message: labels.errorCodeNotLoaded,
    };
  }

  #set(state: DatasetState, failure?: Failure | typeof CODE_NOT_LOADED) {
    this._state = state;
    this.#failure = failure;
    this._error = this.#describe();
    this.#provider.setValue(state);
  }
}
