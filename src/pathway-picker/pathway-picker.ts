import { ContextProvider } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { labelsOf } from '../data/bundled.js';
import { bundledDatasetWithQuiz } from '../data/bundled-quiz.js';
import { datasetContext } from '../data/context.js';
import { format } from '../data/labels.js';
import type { Dataset, Labels } from '../data/types.js';
import { PmPathwayChangeEvent, PmQuizCompleteEvent } from '../events.js';
import { recommend, type Answers, type RankedPathway } from '../quiz/recommend.js';
import { DatasetController } from '../shared/dataset-controller.js';
import { reportError, type ElementError } from '../shared/error-state.js';
import { heading } from '../shared/heading.js';
import { isSafeUrl } from '../shared/safe-url.js';
import { reflectedString } from '../shared/reflect.js';
import { themeStyles } from '../shared/theme.styles.js';
import { readPathwayHash, writePathwayHash } from '../storage/url-hash.js';
import { nextActiveIndex } from './listbox-keys.js';
import { pickerStyles } from './pathway-picker.styles.js';
import { renderQuiz } from './quiz-view.js';

type Resolved = { data: Dataset; labels: Labels; error?: ElementError };
type Focus = 'option' | 'question' | 'results' | 'card';
const CARD_PARTS = 'card, heading, summary, steps, step, step-title, step-body';

/**
 * Helps a reader choose a pathway: browse all of them, or answer a few
 * questions ("find my path") and get a ranking with the reasons each fits.
 *
 * @customElement pm-pathway-picker
 * @summary Browse the pathways or find yours with a short quiz; shows the chosen pathway's card.
 *
 * @csspart views - The buttons that switch between browsing and the quiz.
 * @csspart list - The list of pathways (a listbox).
 * @csspart option - One pathway in the list.
 * @csspart quiz - The quiz view.
 * @csspart question - One quiz question (a fieldset).
 * @csspart result - One pathway in the quiz result.
 * @csspart error - The notice shown for an unknown value.
 * @csspart card - The chosen pathway's card; its parts are forwarded: heading, summary, steps, step, step-title, step-body.
 *
 * @cssprop --pm-font-family - Text font.
 * @cssprop --pm-font-size - Base text size.
 * @cssprop --pm-color-text - Body text.
 * @cssprop --pm-color-muted - Secondary text.
 * @cssprop --pm-color-surface - Card and list background.
 * @cssprop --pm-color-border - Borders and dividers.
 * @cssprop --pm-color-accent - Brand colour: selection, numbers, focus.
 * @cssprop --pm-color-accent-contrast - Text on the accent colour.
 * @cssprop --pm-radius - Corner radius.
 * @cssprop --pm-space - Base spacing unit.
 * @cssprop --pm-shadow - Card elevation.
 *
 * @attr {string} value - The chosen pathway's id; setting it chooses (and fires no event).
 * @attr {'browse' | 'quiz'} view - `browse` (the list) or `quiz` ("find my path").
 * @attr {number} heading-level - The level (1–6) of the picker's title heading (property `headingLevel`).
 * @attr {boolean} sync-url - Keeps `#pathway=<id>` in the page URL in step with the choice (property `syncUrl`).
 * @attr {'light' | 'dark' | 'auto'} theme - `light`, `dark`, or `auto` to follow the reader's colour-scheme preference.
 *
 * @fires {PmPathwayChangeEvent} pm-pathway-change - A reader chose a pathway; detail: pathway, source (`list`, `quiz` or `url`).
 * @fires {PmQuizCompleteEvent} pm-quiz-complete - A reader finished the quiz; detail: answers, ranking.
 * @fires {PmErrorEvent} pm-error - The value is not a pathway of the dataset; detail: code, message.
 */
export class PathwayPicker extends LitElement {
  static override styles = [themeStyles, pickerStyles];

  static override properties = {
    value: reflectedString,
    view: reflectedString,
    headingLevel: { type: Number, attribute: 'heading-level' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    theme: reflectedString,
    _active: { state: true },
    _step: { state: true },
    _answers: { state: true },
    _announcement: { state: true },
  };

  /** The chosen pathway's id; setting it chooses (and fires no event). */
  declare value: string | null;
  /** `browse` (the list) or `quiz` ("find my path"). */
  declare view: 'browse' | 'quiz';
  /** The level (1–6) of the picker's title heading; results and the card sit one level below. */
  declare headingLevel: number;
  /** Keeps `#pathway=<id>` in the page URL in step with the choice, for links that open a pathway. */
  declare syncUrl: boolean;
  /** `light`, `dark`, or `auto` to follow the reader's colour-scheme preference. */
  declare theme: 'light' | 'dark' | 'auto';
  declare private _active: number;
  declare private _step: number;
  declare private _answers: Answers;
  declare private _announcement: string;

  readonly #dataset = new DatasetController(this, bundledDatasetWithQuiz);
  /** The picker hands its dataset to the card it shows. */
  readonly #provider = new ContextProvider(this, { context: datasetContext });
  #resolved: Resolved | undefined;
  #ranking: RankedPathway[] | undefined;
  /** The last ranking, with the dataset and answers objects it came from (both are replaced, never mutated). */
  #ranked: { data: Dataset; answers: Answers; ranking: RankedPathway[] } | undefined;
  #focus: Focus | undefined;
  #listening = false;
  readonly #onHashChange = () => this.#applyHash();

  constructor() {
    super();
    this.value = null;
    this.view = 'browse';
    this.headingLevel = 2;
    this.syncUrl = false;
    this.theme = 'auto';
    this._active = -1;
    this._step = 0;
    this._answers = {};
    this._announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen(this.syncUrl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listen(false);
  }

  protected override willUpdate(): void {
    const state = this.#dataset.state;
    this.#provider.setValue(state);
    if (state.status !== 'ready') {
      this.#resolved = undefined;
      return;
    }
    const { data } = state;
    const labels = labelsOf(data);
    const known = !this.value || data.pathways.some((p) => p.id === this.value);
    this.#resolved = {
      data,
      labels,
      error: known ? undefined : {
        code: 'unknown-pathway',
        message: format(labels.errorUnknownPathway, { id: this.value!, ids: data.pathways.map((p) => p.id).join(', ') }),
      },
    };
    const questions = data.quiz?.questions ?? [];
    if (this._step > questions.length) this._step = 0;
    this.#ranking = this._step === questions.length && questions.length ? this.#rank(data) : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    reportError(this, this.#resolved?.error);
    if (changed.has('syncUrl') && this.isConnected) this.#listen(this.syncUrl);
    const focus = this.#focus;
    this.#focus = undefined;
    if (focus === 'card') {
      const card = this.renderRoot.querySelector('pm-pathway-card');
      void card?.updateComplete.then(() => card.renderRoot.querySelector<HTMLElement>('[part=heading]')?.focus());
    } else if (focus) {
      const find = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
      const target = { option: () => find('[role=option][tabindex="0"]'), question: () => find('input:checked') ?? find('input'), results: () => find('#results-heading') }[focus]();
      target?.focus();
    }
  }

  protected override render() {
    const resolved = this.#resolved;
    if (!resolved) return nothing;
    const { data, labels } = resolved;
    const hasQuiz = !!data.quiz?.questions.length;
    const quiz = hasQuiz && this.view === 'quiz';
    const source = data.source;
    return html`<div class="root panel">
      <div class="header">
        ${data.title ? heading(this.headingLevel, 2, data.title, '', '') : nothing}
        ${data.intro ? html`<p class="intro">${data.intro}</p>` : nothing}
        ${hasQuiz ? html`
          <div class="views" part="views" role="group" aria-label=${labels.listLabel}>
            <button class="button" type="button" aria-pressed=${!quiz} @click=${() => this.#switchView('browse')}>${labels.browse}</button>
            <button class="button" type="button" aria-pressed=${quiz} @click=${() => this.#switchView('quiz')}>${labels.quiz}</button>
          </div>` : nothing}
      </div>
      ${quiz ? renderQuiz({
          data, labels, questions: data.quiz!.questions, step: this._step, answers: this._answers, ranking: this.#ranking,
          value: this.value, level: this.#level,
          answer: (question, option) => { this._answers = { ...this._answers, [question]: option }; },
          go: (step) => this.#go(step),
          startOver: () => { this._answers = {}; this.#go(0); this._announcement = ''; },
          choose: (pathway) => this.#choose(pathway, 'quiz', 'card'),
        }, this.value && !resolved.error ? this.#card() : nothing)
        : this.#renderBrowse(resolved)}
      ${source ? html`<p class="credit">${this.#credit(labels, source.title, source.publisher, source.date, source.url)}</p>` : nothing}
      <div class="sr-only" role="status">${this._announcement}</div>
    </div>`;
  }

  get #level() {
    return Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : 2;
  }

  #renderBrowse({ data, labels, error }: Resolved) {
    const selected = data.pathways.findIndex((p) => p.id === this.value);
    const active = this._active >= 0 && this._active < data.pathways.length ? this._active : Math.max(selected, 0);
    return html`
      <div class="browse">
        <ul class="list" part="list" role="listbox" aria-label=${labels.listLabel}
          @keydown=${(e: KeyboardEvent) => this.#onListKey(e, active, data)}>
          ${data.pathways.map((p, i) => html`
            <li class="option" part="option" role="option" id="option-${i}"
              aria-selected=${i === selected} tabindex=${i === active ? 0 : -1}
              @click=${() => { this._active = i; this.#choose(p.id, 'list'); }}>
              <span class="n" aria-hidden="true">${i + 1}</span><span>${p.title}</span>
            </li>`)}
        </ul>
        ${error
          ? html`<p class="error" part="error" role="alert">${error.message}</p>`
          : this.value ? this.#card() : html`<p class="prompt">${labels.choosePrompt}</p>`}
      </div>`;
  }

  #card() {
    return html`<pm-pathway-card part="card" exportparts=${CARD_PARTS} pathway=${this.value!}
      heading-level=${Math.min(this.#level + 1, 6)} theme=${this.theme === 'light' || this.theme === 'dark' ? this.theme : 'auto'}></pm-pathway-card>`;
  }

  #credit(labels: Labels, title: string, publisher: string, date: string, url?: string) {
    const day = new Date(`${date}T00:00:00Z`);
    const shown = Number.isNaN(day.getTime()) ? date
      : day.toLocaleDateString(this.closest?.<HTMLElement>('[lang]')?.lang || undefined, { dateStyle: 'long', timeZone: 'UTC' });
    const text = format(labels.credit, { title, publisher, date: shown });
    return isSafeUrl(url) ? html`<a href=${url} rel="noopener">${text}</a>` : text;
  }

  #onListKey(event: KeyboardEvent, active: number, data: Dataset) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#choose(data.pathways[active]!.id, 'list');
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = nextActiveIndex(event.key, active, data.pathways.map((p) => p.title));
    if (next === undefined) return;
    event.preventDefault();
    this._active = next;
    this.#focus = 'option';
  }

  #switchView(view: 'browse' | 'quiz') {
    this.view = view;
  }

  #go(step: number) {
    const questions = this.#resolved?.data.quiz?.questions ?? [];
    this._step = step;
    this.#focus = step < questions.length ? 'question' : 'results';
    if (step === questions.length && this.#resolved) {
      const ranking = this.#rank(this.#resolved.data);
      const best = this.#resolved.data.pathways.find((p) => p.id === ranking[0]?.pathway);
      this._announcement = format(this.#resolved.labels.resultsAnnounce, { title: best?.title ?? '' });
      this.dispatchEvent(new PmQuizCompleteEvent({
        answers: { ...this._answers },
        ranking: ranking.map((r) => ({ ...r, reasons: [...r.reasons] })), // a copy: listeners cannot change what is shown
      }));
    }
  }

  /** The ranking of the current answers, computed once for the event and the results view. */
  #rank(data: Dataset): RankedPathway[] {
    const last = this.#ranked;
    if (last?.data === data && last.answers === this._answers) return last.ranking;
    const ranking = recommend(data, this._answers);
    this.#ranked = { data, answers: this._answers, ranking };
    return ranking;
  }

  /** A reader's choice: unlike setting `value` from a script, it fires pm-pathway-change. */
  #choose(pathway: string | null, source: 'list' | 'quiz' | 'url', focus?: Focus) {
    if (pathway === this.value) return;
    this.value = pathway;
    this.#focus = focus;
    if (this.syncUrl && source !== 'url') {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${writePathwayHash(location.hash, pathway)}`);
    }
    this.dispatchEvent(new PmPathwayChangeEvent({ pathway, source }));
  }

  #applyHash() {
    const pathway = readPathwayHash(location.hash);
    if (pathway || this.value) {
      if (pathway) this.view = 'browse';
      this.#choose(pathway, 'url');
    }
  }

  #listen(on: boolean) {
    if (on === this.#listening || typeof window === 'undefined') return; // nothing to follow on a server
    this.#listening = on;
    if (on) {
      window.addEventListener('hashchange', this.#onHashChange);
      if (readPathwayHash(location.hash)) this.#applyHash();
    } else {
      window.removeEventListener('hashchange', this.#onHashChange);
    }
  }
}
