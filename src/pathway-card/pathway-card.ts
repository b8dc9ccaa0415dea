import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { bundledDataset, labelsOf } from '../data/bundled.js';
import { format } from '../data/labels.js';
import type { Labels, Pathway, Source } from '../data/types.js';
import { PmStepToggleEvent } from '../events.js';
import { DatasetController } from '../shared/dataset-controller.js';
import { reportError, type ElementError } from '../shared/error-state.js';
import { heading } from '../shared/heading.js';
import { reflectedString, reflectedWithDefault } from '../shared/reflect.js';
import { themeStyles } from '../shared/theme.styles.js';
import { credit } from '../shared/credit.js';
import { progressCode } from '../storage/progress-loader.js';
import { cardStyles } from './pathway-card.styles.js';

type CardView = { pathway: Pathway; labels: Labels; source: Source | undefined } | { error: ElementError } | undefined;

/**
 * One pathway into product management: its title, summary and action steps.
 *
 * @customElement pm-pathway-card
 * @summary One pathway into product management, with its three action steps.
 *
 * @slot footer - Your own content under the steps, such as a call to action.
 *
 * @csspart card - The card's box.
 * @csspart heading - The pathway's title.
 * @csspart summary - The pathway's summary.
 * @csspart steps - The list of steps.
 * @csspart step - One step.
 * @csspart step-title - A step's title (its label, in a checklist).
 * @csspart step-body - A step's explanation.
 * @csspart credit - The source credit, with the `credit` attribute.
 * @csspart error - The notice shown instead of the card when it cannot show a pathway.
 *
 * @cssprop --pm-font-family - Text font.
 * @cssprop --pm-font-size - Base text size.
 * @cssprop --pm-color-text - Body text.
 * @cssprop --pm-color-muted - Secondary text.
 * @cssprop --pm-color-surface - Card background.
 * @cssprop --pm-color-border - Borders and dividers.
 * @cssprop --pm-color-accent - Brand colour: step numbers, focus, buttons.
 * @cssprop --pm-color-accent-contrast - Text on the accent colour.
 * @cssprop --pm-radius - Corner radius.
 * @cssprop --pm-space - Base spacing unit.
 * @cssprop --pm-shadow - Card elevation.
 *
 * @attr {string} pathway - The id of the pathway to show, such as `internal-transition`.
 * @attr {'full' | 'compact'} variant - `full` shows every step; `compact` puts the steps behind a disclosure button.
 * @attr {boolean} expanded - In the compact variant, whether the steps are shown.
 * @attr {number} heading-level - The level (1–6) of the card's title heading (property `headingLevel`).
 * @attr {boolean} checklist - Turns the steps into checkboxes whose state is kept in localStorage, shared with every checklist of the pathway.
 * @attr {'light' | 'dark' | 'auto'} theme - `light`, `dark`, or `auto` to follow the reader's colour-scheme preference.
 * @attr {string} lang - The language to show (a BCP 47 tag); by default the closest `lang` in the page, else English.
 * @attr {boolean} credit - Shows the source credit under the steps, for a card on its own.
 *
 * @fires {PmStepToggleEvent} pm-step-toggle - A reader checked or unchecked a step; detail: pathway, step, done.
 * @fires {PmErrorEvent} pm-error - The card cannot show its pathway; detail: code, message.
 */
export class PathwayCard extends LitElement {
  static override styles = [themeStyles, cardStyles];

  static override properties = {
    pathway: reflectedString,
    variant: reflectedWithDefault,
    expanded: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    checklist: { type: Boolean, reflect: true },
    credit: { type: Boolean },
    theme: reflectedWithDefault,
    lang: reflectedString,
    _done: { state: true },
  };

  /** The id of the pathway to show, such as `internal-transition`. */
  declare pathway: string | undefined;
  /** `full` shows every step; `compact` puts the steps behind a disclosure button. */
  declare variant: 'full' | 'compact';
  /** In the compact variant, whether the steps are shown. */
  declare expanded: boolean;
  /** The level (1–6) of the card's title heading, to fit the page's outline. */
  declare headingLevel: number;
  /** Turns the steps into checkboxes whose state is kept in localStorage, shared with every checklist of the pathway. */
  declare checklist: boolean;
  /** Shows the source credit under the steps, for a card on its own. */
  declare credit: boolean;
  /** `light`, `dark`, or `auto` to follow the reader's colour-scheme preference. */
  declare theme: 'light' | 'dark' | 'auto';
  /** The language to show (a BCP 47 tag); by default the closest `lang` in the page, else English. */
  declare lang: string;
  declare private _done: boolean[];

  readonly #dataset = new DatasetController(this, bundledDataset);
  #view: CardView;
  #unwatch: (() => void) | undefined;
  /** Whose progress `_done` holds: a pathway id, with `:stored` once read from the store. */
  #progressOf: string | undefined;

  constructor() {
    super();
    this.pathway = undefined;
    this.variant = 'full';
    this.expanded = false;
    this.headingLevel = 3;
    this.checklist = false;
    this.credit = false;
    this.theme = 'auto';
    this._done = [];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  /** Moves focus to the card's title, so a reader who chose this pathway lands on it. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus(options);
  }

  protected override shouldUpdate(): boolean {
    return this.hasUpdated || !this.#dataset.keepServerDom;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const state = this.#dataset.state;
    if (state.status !== 'ready') {
      this.#view = undefined; // the provider shows its own notice; nothing broken here
      return;
    }
    const { data } = state;
    const labels = labelsOf(data);
    const found = data.pathways.find((p) => p.id === this.pathway);
    const ids = found ? '' : data.pathways.map((p) => p.id).join(', ');
    this.#view = found
      ? { pathway: found, labels, source: data.source }
      : {
          error: {
            code: 'unknown-pathway',
            message: this.pathway
              ? format(labels.errorUnknownPathway, { id: this.pathway, ids })
              : format(labels.errorNoPathway, { ids }),
          },
        };
    if (found && this.checklist) this.#followProgress(found, changed);
  }

  /** Progress comes with its own code, on demand: until it is here the boxes show unticked. */
  #followProgress(pathway: Pathway, changed: PropertyValues<this>) {
    const progress = progressCode.get();
    if (!progress) {
      // Unticked boxes meanwhile (a tick given now is kept, and saved once the code is here).
      if (this.#progressOf !== pathway.id) this._done = pathway.steps.map(() => false);
      this.#progressOf = pathway.id;
      if (!isServer)
        progressCode.load().then(
          () => this.requestUpdate(),
          () => undefined,
        );
      return;
    }
    // Another checklist of this pathway (here or in another tab) ticked a step: show it at once.
    if (!isServer) {
      this.#unwatch ??= progress.watchProgress((id) => {
        const view = this.#view;
        if (this.checklist && view && 'pathway' in view && view.pathway.id === id)
          this._done = progress.loadProgress(id, view.pathway.steps.length);
      });
    }
    if (changed.has('pathway') || changed.has('checklist') || this.#progressOf !== `${pathway.id}:stored`) {
      this._done = progress.loadProgress(pathway.id, pathway.steps.length);
      this.#progressOf = `${pathway.id}:stored`;
    }
  }

  protected override updated(): void {
    reportError(this, this.#view && 'error' in this.#view ? this.#view.error : undefined);
  }

  protected override render() {
    const view = this.#view;
    // Still loading (a provider's data, a language): the light-DOM fallback stays in view until then, no empty frame.
    if (!view) return html`<slot name="footer" hidden></slot><slot></slot>`;
    if ('error' in view) {
      return html`<p class="root error" part="error" role="alert" lang=${this.#dataset.lang} dir=${this.#dataset.dir}>${view.error.message}</p><slot name="footer" hidden></slot>`;
    }
    const { pathway, labels } = view;
    const compact = this.variant === 'compact';
    // Any truthy value opens; a script may set a Symbol, which an attribute binding cannot stringify.
    const open = !compact || Boolean(this.expanded);
    const done = this._done.filter(Boolean).length;
    return html`
      <article class="root card ${this.checklist ? 'checklist' : ''}" part="card" aria-labelledby="title" lang=${this.#dataset.lang} dir=${this.#dataset.dir}>
        ${heading(this.headingLevel, 3, pathway.title, 'heading', 'title')}
        <p class="summary" part="summary">${pathway.summary}</p>
        ${
          compact
            ? html`<button class="button disclosure" type="button" aria-expanded=${open} aria-controls="steps" @click=${this.#toggleExpanded}>
              ${open ? labels.hideSteps : format(labels.showSteps, { count: pathway.steps.length }, this.#dataset.lang)}
            </button>`
            : nothing
        }
        <ol class="steps" part="steps" id="steps" aria-label=${labels.stepsLabel} ?hidden=${!open}>
          ${pathway.steps.map((step, i) =>
            this.checklist
              ? html`<li class="step ${this._done[i] ? 'done' : ''}" part="step">
                <input type="checkbox" id="step-${i}" aria-describedby="body-${i}" .checked=${this._done[i] ?? false} @change=${(e: Event) => this.#toggleStep(i, e)} />
                <label class="step-title" part="step-title" for="step-${i}">${step.title}</label>
                <p class="step-body" part="step-body" id="body-${i}">${step.body}</p>
              </li>`
              : html`<li class="step" part="step">
                <span class="step-title" part="step-title">${step.title}</span>
                <p class="step-body" part="step-body">${step.body}</p>
              </li>`,
          )}
        </ol>
        ${
          this.checklist && open
            ? html`<p class="progress" role="status">${format(labels.progress, { done, total: pathway.steps.length }, this.#dataset.lang)}</p>`
            : nothing
        }
        ${
          this.credit && view.source
            ? html`<p class="credit" part="credit">${credit(labels, view.source, this.#dataset.lang)}</p>`
            : nothing
        }
        <slot class="footer" name="footer"></slot>
      </article>
    `;
  }

  #toggleExpanded() {
    this.expanded = !this.expanded;
  }

  #toggleStep(step: number, event: Event) {
    const view = this.#view;
    if (!view || 'error' in view) return;
    const done = (event.target as HTMLInputElement).checked;
    const all = (this._done = this._done.map((d, i) => (i === step ? done : d)));
    const save = (progress: { saveProgress(id: string, done: boolean[]): void }) =>
      progress.saveProgress(view.pathway.id, all);
    const progress = progressCode.get(); // here by now, unless the tick beat it
    if (progress) save(progress);
    else void progressCode.load().then(save);
    this.dispatchEvent(new PmStepToggleEvent({ pathway: view.pathway.id, step, done }));
  }
}
