// What a <pm-pathway-data> needs to bring in its own dataset, loaded on demand
// (a file of its own beside dist/pm-pathways.js): reading inline JSON, fetching
// `src`, validating, and wording what went wrong, in the reader's language.
import { labelsOf } from '../data/bundled.js';
import { format } from '../data/labels.js';
import type { Dataset, DatasetState, LabelKey, Labels } from '../data/types.js';
import { describeProblems, validateDataset, type DataProblem } from '../data/validate.js';
import { dataLabels } from '../generated/data-labels.js';
import { describeProblemsIn } from '../i18n/problems.js';
import type { ElementError } from '../shared/error-state.js';

/** What went wrong, kept as keys so the notice can be worded in whatever language is shown. */
export type Failure = {
  code: 'invalid-data' | 'fetch-failed';
  key: LabelKey;
  values?: Record<string, string>;
  problems?: DataProblem[];
};

/** What the loader needs from its element. */
export interface SourceHost {
  readonly element: HTMLElement;
  readonly data: Dataset | undefined;
  readonly src: string | undefined;
  setState(state: DatasetState, failure?: Failure): void;
}

/** Loads a provider's dataset from its `data`, its `src` or an inline JSON child, newest request winning. */
export class DataLoader {
  #request: AbortController | undefined;
  /** The `src` whose response is shown or on its way, so a reconnect does not fetch twice. */
  #loaded: string | undefined;

  constructor(readonly host: SourceHost) {}

  load(): void {
    const { data, src } = this.host;
    if (data !== undefined) {
      this.stop();
      this.#accept(data);
    } else if (src) {
      if (src !== this.#loaded && typeof window !== 'undefined') void this.#fetch(src);
    } else {
      this.stop();
      this.#readInline();
    }
  }

  /** Stops a request on its way (the element left the page, or its source changed). */
  stop(): void {
    this.#request?.abort();
    this.#request = undefined;
    this.#loaded = undefined;
  }

  /** A `<script type="application/json">` child holds the dataset: read it, never run it. */
  #readInline() {
    const script = this.host.element.querySelector?.(':scope > script[type="application/json"]');
    if (!script) {
      this.host.setState({ status: 'loading' });
      return;
    }
    try {
      this.#accept(JSON.parse(script.textContent ?? ''));
    } catch {
      this.#fail('invalid-data', 'errorInlineNotJson');
    }
  }

  async #fetch(src: string) {
    this.#request?.abort();
    const request = (this.#request = new AbortController());
    this.#loaded = src;
    this.host.setState({ status: 'loading' });
    let json: unknown;
    try {
      const response = await fetch(src, { signal: request.signal, credentials: 'same-origin' });
      if (!response.ok) {
        if (request === this.#request)
          this.#fail('fetch-failed', 'errorHttp', { status: String(response.status), src });
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
    const result = validateDataset(value);
    if (result.ok) this.host.setState({ status: 'ready', data: result.data });
    else this.#fail('invalid-data', 'errorInvalidData', undefined, result.problems);
  }

  #fail(code: Failure['code'], key: LabelKey, values?: Record<string, string>, problems?: DataProblem[]) {
    this.host.setState({ status: 'error' }, { code, key, values, problems });
  }
}

/** The notice for `failure`, in the language of `data` (the shipped dataset the element shows). */
export function describeFailure(failure: Failure, data: Dataset): ElementError {
  const labels: Labels = { ...dataLabels, ...labelsOf(data) };
  const lang = data.lang ?? 'en';
  const detail = failure.problems
    ? lang === 'en'
      ? describeProblems(failure.problems)
      : describeProblemsIn(failure.problems, data.labels ?? {}, lang)
    : format(labels[failure.key], failure.values ?? {}, lang);
  const template = failure.code === 'invalid-data' ? labels.errorInvalidData : labels.errorFetchFailed;
  return { code: failure.code, message: format(template, { detail }, lang) };
}
