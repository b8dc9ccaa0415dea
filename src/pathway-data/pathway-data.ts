import { ContextProvider } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { bundledDataset, labelsOf } from '../data/bundled.js';
import { datasetContext } from '../data/context.js';
import { format } from '../data/labels.js';
import type { Dataset, DatasetState, LabelKey } from '../data/types.js';
import type { DataProblem } from '../data/validate.js';
import { validatorCode } from '../data/validate-loader.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { describeProblemsFor } from '../i18n/problem-notice.js';
import { reportError, type ElementError } from '../shared/error-state.js';
import { reflectedString } from '../shared/reflect.js';
import { themeStyles } from '../shared/theme.styles.js';

type Failure = { code: 'invalid-data' | 'fetch-failed'; key: LabelKey; values?: Record<string, string>; problems?: DataProblem[] };

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
  #failure: Failure | undefined;
  readonly #locale = new LocaleController(this, bundledDataset);
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
      this.#fail('invalid-data', 'errorInlineNotJson');
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
      if (!response.ok) {
        if (request === this.#request) this.#fail('fetch-failed', 'errorHttp', { status: String(response.status), src });
        return;
      }
      const text = await response.text();
      try {
        json = JSON.parse(text);
      } catch {
        if (request === this.#request) this.#fail('invalid-data', 'errorNotJson', { src });
        return;
      }
    } catch {
      // An aborted or superseded request says nothing: a newer one owns the state.
      if (request === this.#request && !request.signal.aborted) this.#fail('fetch-failed', 'errorNetwork', { src });
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
        () => { if (generation === this.#generation) this.#fail('fetch-failed', 'errorCodeNotLoaded'); },
      );
      return;
    }
    const result = validator.validateDataset(value);
    if (result.ok) this.#set({ status: 'ready', data: result.data });
    else this.#fail('invalid-data', 'errorInvalidData', undefined, result.problems);
  }

  #fail(code: 'invalid-data' | 'fetch-failed', key: LabelKey, values?: Record<string, string>, problems?: DataProblem[]) {
    this.#set({ status: 'error' }, { code, key, values, problems });
  }

  /** The notice in the element's language; none until that language has loaded. */
  #describe(): ElementError | undefined {
    const failure = this.#failure;
    const state = this.#locale.state;
    if (!failure || state.status !== 'ready') return undefined;
    const labels = labelsOf(state.data);
    const lang = state.data.lang ?? 'en';
    const detail = failure.problems
      ? describeProblemsFor(failure.problems, state.data.labels ?? {}, lang, () => this.requestUpdate())
      : format(labels[failure.key], failure.values ?? {}, lang);
    if (detail === undefined) return undefined;
    const template = failure.code === 'invalid-data' ? labels.errorInvalidData : labels.errorFetchFailed;
    return { code: failure.code, message: format(template, { detail }, lang) };
  }

  #set(state: DatasetState, failure?: Failure) {
    this._state = state;
    this.#failure = failure;
    this._error = this.#describe();
    this.#provider.setValue(state);
  }

  #abort() {
    this.#request?.abort();
    this.#request = undefined;
  }
}
