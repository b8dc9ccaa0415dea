import { ContextProvider } from '@lit/context';
import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { labelsOf } from '../data/bundled.js';
import { bundledGuideDataset } from '../data/bundled-guide.js';
import { datasetContext } from '../data/context.js';
import { format } from '../data/labels.js';
import type { Dataset, Labels, Quiz } from '../data/types.js';
import { PmPathwayChangeEvent } from '../events.js';
import { hasSavedResults } from '../quiz/saved-key.js';
import { DatasetController } from '../shared/dataset-controller.js';
import { reportError, type ElementError } from '../shared/error-state.js';
import { below, heading, validLevel } from '../shared/heading.js';
import { credit } from '../shared/credit.js';
import { reflectedString, reflectedWithDefault } from '../shared/reflect.js';
import { themeStyles } from '../shared/theme.styles.js';
import { renderBrowse } from './browse-view.js';
import { pickerStyles } from './pathway-picker.styles.js';
import type { QuizFlow, QuizHost } from './quiz-flow.js';
import { quizCode } from './quiz-loader.js';
import type { UrlHost, UrlSync } from './url-sync.js';
import { urlCode } from './url-loader.js';

type Resolved = { data: Dataset; labels: Labels; quiz: Quiz | undefined; error?: ElementError };
/** A polite announcement; `count` alternates a trailing no-break space, so the same words are spoken again. */
type Notice = { text: string; count: number; visible: boolean };
type Focus = 'option' | 'question' | 'results' | 'card' | 'fallback' | 'arrived';
const CARD_PARTS = 'card, heading, summary, steps, step, step-title, step-body';

/**
 * Helps a reader choose a pathway: browse all of them, or answer a few
 * questions ("find my path") and get a plan: the best fit with its reasons
 * and steps as a checklist, the other routes that fit, and those that do not
 * fit now. Answers are kept, so a reload returns to the results.
 *
 * @customElement pm-pathway-picker
 * @summary Browse the pathways or find yours with a short quiz that ends in a plan to keep.
 *
 * @csspart views - The buttons that switch between browsing and the quiz.
 * @csspart list - The list of pathways (a listbox).
 * @csspart option - One pathway in the list.
 * @csspart quiz - The quiz view (a question, or the results).
 * @csspart question - One quiz question (a fieldset).
 * @csspart result - One route in the results.
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
 * @attr {string} lang - The language to show (a BCP 47 tag); by default the closest `lang` in the page, else English.
 *
 * @fires {PmPathwayChangeEvent} pm-pathway-change - A reader chose a pathway; detail: pathway, source (`list`, `quiz` or `url`).
 * @fires {PmQuizCompleteEvent} pm-quiz-complete - A reader finished the quiz; detail: answers, ranking, plan.
 * @fires {PmErrorEvent} pm-error - The value is not a pathway of the dataset; detail: code, message.
 */
export class PathwayPicker extends LitElement {
  static override styles = [themeStyles, pickerStyles];

  static override properties = {
    value: reflectedWithDefault,
    view: reflectedWithDefault,
    headingLevel: { type: Number, attribute: 'heading-level' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    theme: reflectedWithDefault,
    lang: reflectedString,
    _active: { state: true },
    _notice: { state: true },
  };

  /** The chosen pathway's id; setting it chooses (and fires no event). */
  declare value: string | null;
  /** `browse` (the list) or `quiz` ("find my path"). */
  declare view: 'browse' | 'quiz';
  /** The level (1–6) of the picker's title heading; results and the card sit below it. */
  declare headingLevel: number;
  /** Keeps `#pathway=<id>` (and the answers, while results show) in the page URL, for links that open the same view. */
  declare syncUrl: boolean;
  /** `light`, `dark`, or `auto` to follow the reader's colour-scheme preference. */
  declare theme: 'light' | 'dark' | 'auto';
  /** The language to show (a BCP 47 tag); by default the closest `lang` in the page, else English. */
  declare lang: string;
  declare private _active: number;
  declare private _notice: Notice;

  readonly #dataset = new DatasetController(this, bundledGuideDataset);
  /** The picker hands its dataset to the card it shows. */
  readonly #provider = new ContextProvider(this, { context: datasetContext });
  #resolved: Resolved | undefined;
  /** The reader's pass through the quiz, once its code is here; one per quiz. */
  #flow: QuizFlow | undefined;
  /** Fetching the quiz code: on its way, or failed (offline, a missing dist/chunks/): either way, not asked again. */
  #quizLoad: 'pending' | 'failed' | undefined;
  #focus: Focus | undefined;
  #listening = false;
  /** Following the address, once its code is here (sync-url). */
  #url: UrlSync | undefined;

  constructor() {
    super();
    this.value = null;
    this.view = 'browse';
    this.headingLevel = 2;
    this.syncUrl = false;
    this.theme = 'auto';
    this._active = -1;
    this._notice = { text: '', count: 0, visible: false };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen(this.syncUrl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listen(false);
  }

  protected override shouldUpdate(): boolean {
    if (this.hasUpdated) return true;
    if (this.#dataset.keepServerDom) return false;
    // Server-rendered in the quiz view: hydrate once the quiz code it was rendered with is here.
    if (this.#dataset.serverRendered && this.view === 'quiz' && !quizCode.get()) {
      this.#loadQuiz();
      return false;
    }
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const state = this.#dataset.state;
    this.#provider.setValue(state);
    if (state.status !== 'ready') {
      this.#resolved = undefined;
      return;
    }
    const { data } = state;
    const labels = labelsOf(data);
    const lazy = data === bundledGuideDataset; // its quiz is the English one, loaded on demand
    const code = quizCode.get();
    if (changed.get('view') === 'browse' && this.#quizLoad === 'failed') this.#quizLoad = undefined; // back to the quiz: try again
    if ((lazy || data.quiz) && !code && !isServer) {
      const linked = this.syncUrl && /[#&]answers=/.test(location.hash);
      if (this.view === 'quiz' || hasSavedResults() || linked) this.#loadQuiz();
      // The reader chose the quiz and must wait for it: say so (the placeholder alone is not announced).
      if (this.view === 'quiz' && changed.has('view') && this.hasUpdated)
        this._notice = { text: labels.loading, count: this._notice.count + 1, visible: false };
    }
    const quiz = data.quiz ?? (lazy ? code?.bundledQuiz : undefined);
    const known = !this.value || data.pathways.some((p) => p.id === this.value);
    this.#resolved = {
      data,
      labels,
      quiz,
      error: known
        ? undefined
        : {
            code: 'unknown-pathway',
            message: format(labels.errorUnknownPathway, {
              id: this.value!,
              ids: data.pathways.map((p) => p.id).join(', '),
            }),
          },
    };
    if (quiz && code && this.#flow?.quiz !== quiz) {
      this.#flow = new code.QuizFlow(this.#host, quiz);
    }
    // Switches only, not the first view: the server's quiz (its radio names count
    // visits) must match the browser's, whose quiz code may arrive after it.
    if (changed.has('view') && this.hasUpdated) {
      if (this.view === 'quiz') this.#flow?.enter();
      else this.#flow?.leave();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    reportError(this, this.#resolved?.error);
    if (changed.has('syncUrl') && this.isConnected) this.#listen(this.syncUrl);
    const focus = this.#focus;
    this.#focus = undefined;
    const find = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    if (focus === 'card') {
      const card = find('.opened-card pm-pathway-card, .browse pm-pathway-card') as LitElement | null;
      void card?.updateComplete.then(() => card.focus());
    } else if (focus === 'fallback') {
      (find('.copy-fallback') as HTMLTextAreaElement | null)?.select();
    } else if (focus) {
      const targets = {
        option: () => find('[role=option][tabindex="0"]'),
        question: () => find('input:checked') ?? find('input'),
        results: () => find('#results-heading'),
        // What replaced "Loading…": the first question, the saved results, or the failure notice.
        arrived: () => find('.quiz input, #results-heading, .quiz [part=error]'),
      };
      targets[focus]()?.focus();
    }
  }

  protected override render() {
    const resolved = this.#resolved;
    if (!resolved) return nothing;
    const { data, labels } = resolved;
    const hasQuiz = !!data.quiz?.questions.length || data === bundledGuideDataset;
    const quiz = hasQuiz && this.view === 'quiz';
    const notice = this._notice;
    return html`<div class="root panel" lang=${this.#dataset.lang} dir=${this.#dataset.dir}>
      <div class="header">
        ${data.title ? heading(this.#level, 2, data.title, '', '') : nothing}
        ${data.intro ? html`<p class="intro">${data.intro}</p>` : nothing}
        ${
          hasQuiz
            ? html`
          <div class="views" part="views" role="group" aria-label=${labels.viewsLabel}>
            <button class="button" type="button" aria-pressed=${!quiz} @click=${() => {
              this.view = 'browse';
            }}>${labels.browse}</button>
            <button class="button" type="button" aria-pressed=${quiz} @click=${() => {
              this.view = 'quiz';
            }} @pointerenter=${this.#preloadQuiz} @pointerdown=${this.#preloadQuiz} @focus=${this.#preloadQuiz}>${labels.quiz}</button>
          </div>`
            : nothing
        }
      </div>
      ${
        !quiz
          ? renderBrowse({
              ...resolved,
              value: this.value,
              active: this._active,
              card: (pathway) => this.#card(pathway, below(this.#level), false),
              choose: (i) => {
                this._active = i;
                this.#choose(data.pathways[i]!.id, 'list');
              },
              activate: (i) => {
                this._active = i;
                this.#focus = 'option';
              },
            })
          : (this.#flow?.render() ??
            html`<div class="quiz" part="quiz">
              ${
                this.#quizLoad === 'failed'
                  ? html`<p class="error" part="error" role="alert" tabindex="-1">${labels.errorCodeNotLoaded}</p>`
                  : html`<p class="prompt loading" tabindex="0">${labels.loading}</p>`
              }
            </div>`)
      }
      ${
        data.source
          ? html`<p class="credit">${credit(labels, data.source, this.#dataset.lang, quiz && this.#flow?.showsResults ? this.#flow.creditTemplate : undefined)}</p>`
          : nothing
      }
      <div class=${notice.visible ? 'notice' : 'sr-only'} role="status">${notice.text}${notice.count % 2 ? '\u00a0' : ''}</div>
    </div>`;
  }

  /**
   * Fetches the quiz code; a failure shows a notice (no retry loop) until the reader switches views.
   * A reader who tabbed onto the "Loading…" placeholder meanwhile is taken to what replaces it.
   */
  #loadQuiz() {
    if (this.#quizLoad) return;
    this.#quizLoad = 'pending';
    const arrived = (failed: boolean) => {
      this.#quizLoad = failed ? 'failed' : undefined;
      if (this.shadowRoot?.activeElement?.matches('.loading')) this.#focus = 'arrived';
      if (this._notice.text === this.#resolved?.labels.loading) this._notice = { ...this._notice, text: '' };
      this.requestUpdate();
    };
    quizCode.load().then(
      () => arrived(false),
      () => arrived(true),
    );
  }

  /** Pointing at or focusing "Find my path" fetches the quiz code, so it is usually here before the click. */
  readonly #preloadQuiz = () => {
    const data = this.#resolved?.data;
    if (data && (data === bundledGuideDataset || data.quiz) && !quizCode.get()) this.#loadQuiz();
  };

  get #level() {
    return validLevel(this.headingLevel, 2);
  }

  /** What the quiz code may see and do of this picker. */
  readonly #host: QuizHost = ((picker: PathwayPicker): QuizHost => ({
    element: picker,
    get resolved() {
      return picker.#resolved!;
    },
    get level() {
      return picker.#level;
    },
    get lang() {
      return picker.#dataset.lang;
    },
    get syncUrl() {
      return picker.syncUrl;
    },
    get value() {
      return picker.value;
    },
    card: (pathway, level, checklist) => picker.#card(pathway, level, checklist),
    choose: (pathway) => picker.#choose(pathway, 'quiz', 'card'),
    announce: (text, visible = false) => {
      picker._notice = { text, count: picker._notice.count + 1, visible };
    },
    focusNext: (target) => {
      picker.#focus = target;
    },
    showQuiz: () => {
      picker.view = 'quiz';
    },
    writeHash: (values) => picker.#replaceHash(values),
  }))(this);

  #card(pathway: string, level: number, checklist: boolean) {
    return html`<pm-pathway-card part="card" exportparts=${CARD_PARTS} pathway=${pathway} ?checklist=${checklist}
      heading-level=${level} theme=${this.theme === 'light' || this.theme === 'dark' ? this.theme : 'auto'}></pm-pathway-card>`;
  }

  /** A reader's choice: unlike setting `value` from a script, it fires pm-pathway-change. */
  #choose(pathway: string | null, source: 'list' | 'quiz' | 'url', focus?: Focus) {
    if (pathway === this.value) return;
    this.value = pathway;
    this.#focus = focus;
    if (this.syncUrl && source !== 'url') this.#replaceHash({ pathway });
    this.dispatchEvent(new PmPathwayChangeEvent({ pathway, source }));
  }

  #replaceHash(values: Record<string, string | null>) {
    const code = urlCode.get(); // loaded when sync-url was set, unless a choice beat it
    if (code) code.replaceHash(values);
    else void urlCode.load().then((loaded) => loaded.replaceHash(values));
  }

  /** What the address's code may see and do of this picker. */
  readonly #urlHost: UrlHost = ((picker: PathwayPicker): UrlHost => ({
    get value() {
      return picker.value;
    },
    choose: (pathway, browse) => {
      if (browse) picker.view = 'browse';
      picker.#choose(pathway, 'url');
    },
    rereadAnswers: () => {
      picker.#flow = undefined; // a new link's answers: read them on the next update
      picker.requestUpdate();
    },
  }))(this);

  /** With sync-url, the address is followed by code loaded on demand; a link's choice applies when it is here. */
  #listen(on: boolean) {
    if (on === this.#listening || isServer) return; // nothing to follow on a server
    this.#listening = on;
    if (!on) {
      this.#url?.stop();
      this.#url = undefined;
      return;
    }
    urlCode.load().then(
      (code) => {
        if (!this.#listening || this.#url) return;
        this.#url = new code.UrlSync(this.#urlHost);
        this.#url.apply();
      },
      () => undefined,
    );
  }
}
