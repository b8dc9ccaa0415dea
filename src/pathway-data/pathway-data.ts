import { ContextProvider } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { bundledLabels } from '../data/bundled.js';
import { datasetContext } from '../data/context.js';
import { format } from '../data/labels.js';
import type { Dataset, DatasetState } from '../data/types.js';
import { validatorCode } from '../data/validate-loader.js';
import { reportError, type ElementError } from '../shared/error-state.js';
import { reflectedString } from '../shared/reflect.js';
import { themeStyles } from '../shared/theme.styles.js';

/**
 * Provides a dataset (your own words, a translation) to every card and picker
 * inside it: from its `data` property, fetched as JSON from `src`, or read from
 * a `<script type="application/json">` child (no request; for server rendering).
 *
 * @tagname pm-pathway-data
 * @summary Gives the cards and pickers inside it your own dataset, from `data` or fetched from `src`.
 *
 * @slot - The cards and pickers that use this dataset, and optionally a `<script type="application/json">` holding it.
 *
 * @csspart error - The notice shown when the data cannot be fetched or is not valid.
 *
 * @fires {PmErrorEvent} pm-error - The data could not be fetched (`fetch-failed`) or is not valid (`invalid-data`).
 */
export class PathwayData extends LitElement {
  static override styles = [themeStyles, css`:host { display: contents; } .error { margin-block-end: var(--_space); }`];

  static override properties = {
    src: reflectedString,
    data: { attribute: false },
    _state: { state: true },
    _error: { state: true },
  };

  /** URL of a JSON dataset (the shape of `dist/pathways.json`); ignored while `data` is set. */
  declare src: string | undefined;
  /** A dataset object; takes precedence over `src`. */
  declare data: Dataset | undefined;
  declare private _state: DatasetState;
  declare private _error: ElementError | undefined;

  readonly #provider = new ContextProvider(this, { context: datasetContext, initialValue: { status: 'loading' } });
  #request: AbortController | undefined;
  #generation = 0;
  /** The `src` whose response is shown or on its way, so a reconnect does not fetch twice. */
  #loaded: string | undefined;

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
    if (this.#request) {
      this.#request.abort();
      this.#request = undefined;
      this.#loaded = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('data') || changed.has('src')) && this.isConnected) this.#load();
  }

  protected override updated(): void {
    reportError(this, this._error);
  }

  protected override render() {
    return html`${this._error ? html`<p class="root error" part="error" role="alert">${this._error.message}</p>` : nothing}<slot></slot>`;
  }

  #load() {
    this.#generation++; // a validation still waiting for its code belongs to an older load
    if (this.data !== undefined) {
      this.#abort();
      this.#loaded = undefined;
      this.#accept(this.data);
    } else if (this.src) {
      if (this.src !== this.#loaded && typeof window !== 'undefined') void this.#fetch(this.src);
    } else {
      this.#abort();
      this.#loaded = undefined;
      this.#readInline();
    }
  }

  /** A `<script type="application/json">` child holds the dataset: read it, never run it. */
  #readInline() {
    const script = this.querySelector?.(':scope > script[type="application/json"]');
    if (!script) {
      this.#set({ status: 'loading' });
      return;
    }
    try {
      this.#accept(JSON.parse(script.textContent ?? ''));
    } catch {
      this.#fail('invalid-data', 'the inline <script type="application/json"> is not JSON');
    }
  }

  async #fetch(src: string) {
    this.#abort();
    const request = (this.#request = new AbortController());
    this.#loaded = src;
    this.#set({ status: 'loading' });
    let json: unknown;
    try {
      const response = await fetch(src, { signal: request.signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${src}`);
      const text = await response.text();
      try {
        json = JSON.parse(text);
      } catch {
        if (request === this.#request) this.#fail('invalid-data', `${src} is not JSON`);
        return;
      }
    } catch (error) {
      // An aborted or superseded request says nothing: a newer one owns the state.
      if (request === this.#request && !request.signal.aborted) {
        this.#fail('fetch-failed', error instanceof Error && error.message.startsWith('HTTP') ? error.message : `network error for ${src}`);
      }
      return;
    }
    if (request !== this.#request) return;
    this.#request = undefined;
    this.#accept(json);
  }

  #accept(value: unknown) {
    const validator = validatorCode.get();
    if (!validator) {
      // The validator comes on demand: only pages with their own data need it.
      const generation = this.#generation;
      this.#set({ status: 'loading' });
      validatorCode.load().then(
        () => { if (generation === this.#generation) this.#accept(value); },
        () => { if (generation === this.#generation) this.#fail('fetch-failed', 'the validation code could not be loaded'); },
      );
      return;
    }
    const result = validator.validateDataset(value);
    if (result.ok) this.#set({ status: 'ready', data: result.data });
    else this.#fail('invalid-data', validator.describeProblems(result.problems));
  }

  #fail(code: 'invalid-data' | 'fetch-failed', detail: string) {
    const template = code === 'invalid-data' ? bundledLabels.errorInvalidData : bundledLabels.errorFetchFailed;
    this.#set({ status: 'error' }, { code, message: format(template, { detail }) });
  }

  #set(state: DatasetState, error?: ElementError) {
    this._state = state;
    this._error = error;
    this.#provider.setValue(state);
  }

  #abort() {
    this.#request?.abort();
    this.#request = undefined;
  }
}
