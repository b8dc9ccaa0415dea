import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { format } from '../data/labels.js';
import type { Dataset, Labels, QuizQuestion } from '../data/types.js';
import { bestFits, type RankedPathway } from '../quiz/recommend.js';
import { below, heading } from '../shared/heading.js';

/** One question on screen, as a native radio group. */
export interface QuestionModel {
  question: QuizQuestion;
  step: number;
  total: number;
  chosen: string | undefined;
  /** The radio group's name: unique per question and per visit (a Chromium shadow-DOM Tab-order bug). */
  name: string;
  labels: Labels;
  answer(option: string): void;
  go(step: number): void;
}

/** The results: a plan to act on, the other routes that fit, and those that do not fit now. */
export interface ResultsModel {
  data: Dataset;
  labels: Labels;
  /** The guide's closing words, shown under the results. */
  closing: string | undefined;
  ranking: RankedPathway[];
  value: string | null;
  level: number;
  /** The card of a route: as a checklist in the plan, plain for another route the reader opens. */
  card(pathway: string, checklist: boolean): TemplateResult;
  choose(pathway: string): void;
  copy(): void;
  print(): void;
  change(): void;
  startOver(): void;
  /** The plan's text, shown to select by hand when copying failed. */
  copyFallback: string | undefined;
}

export function renderQuestion(m: QuestionModel): unknown {
  const { question, step, labels, chosen } = m;
  const last = step === m.total - 1;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && chosen) m.go(step + 1);
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') sideways(e);
  };
  // Keyed by question: inputs are never reused across questions, so Back shows the stored answer checked.
  return keyed(
    question.id,
    html`
    <div class="quiz" part="quiz">
      <fieldset class="question" part="question">
        <legend>
          <span class="count">${format(labels.questionCount, { number: step + 1, total: m.total })}</span>
          <span class="ask">${question.prompt}</span>
        </legend>
        ${question.options.map(
          (option) => html`
          <label class="choice">
            <input type="radio" name=${m.name} .value=${option.id} .checked=${chosen === option.id}
              @change=${() => m.answer(option.id)} @keydown=${onKey} />
            <span>${option.label}</span>
          </label>`,
        )}
      </fieldset>
      <div class="actions">
        ${step > 0 ? html`<button class="button" type="button" @click=${() => m.go(step - 1)}>${labels.back}</button>` : html`<span></span>`}
        <button class="button primary" type="button" ?disabled=${!chosen} @click=${() => m.go(step + 1)}>
          ${last ? labels.seeResults : labels.next}
        </button>
      </div>
    </div>`,
  );
}

/**
 * ← and → in a right-to-left radio group: ← checks the next answer, → the
 * previous one, wrapping as native radios do. Chromium and Firefox already do
 * this from the computed direction; WebKit moves by key alone (→ is always
 * "next"), so the group moves itself there and everywhere alike.
 */
function sideways(e: KeyboardEvent) {
  const input = e.currentTarget as HTMLInputElement;
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || getComputedStyle(input).direction !== 'rtl') return;
  e.preventDefault();
  const group = [...input.closest('fieldset')!.querySelectorAll('input')];
  const next = group[(group.indexOf(input) + (e.key === 'ArrowLeft' ? 1 : -1) + group.length) % group.length]!;
  next.focus();
  next.click(); // checks it and fires change, as the arrow key natively does
}

/** A coach gives the strongest few reasons, not every one: at most three, strongest first. */
const reasonList = (reasons: string[]) =>
  reasons.length
    ? html`<ul class="reasons">${reasons.slice(0, 3).map((reason) => html`<li>${reason}</li>`)}</ul>`
    : nothing;

export function renderResults(m: ResultsModel): TemplateResult {
  const { labels, ranking, level } = m;
  const title = (id: string) => m.data.pathways.find((p) => p.id === id)?.title ?? id;
  const best = bestFits(ranking);
  const others = ranking.filter((r) => !r.excluded.length && !best.includes(r));
  const excluded = ranking.filter((r) => r.excluded.length);
  const opened = others.find((r) => r.pathway === m.value);
  const networking =
    !best.some((r) => r.pathway === 'networking-mentorship') &&
    m.data.pathways.some((p) => p.id === 'networking-mentorship');
  return html`
    <div class="quiz results" part="quiz">
      ${heading(below(level), 3, labels.resultsHeading, '', 'results-heading')}
      ${
        best.length
          ? html`
        <section class="best">
          ${heading(below(level, 2), 4, best.length > 1 ? labels.bestFitTied : labels.bestFit, '', '')}
          ${best.map(
            (r) => html`
            <div class="fit" part="result">
              <p class="why">${format(labels.whyFits, { title: title(r.pathway) })}</p>
              ${reasonList(r.reasons)}
              ${m.card(r.pathway, true)}
            </div>`,
          )}
        </section>`
          : html`<p class="prompt">${labels.noFit}</p>`
      }
      ${networking ? html`<p class="note">${labels.networkingNote}</p>` : nothing}
      ${
        others.length
          ? html`
        <section>
          ${heading(below(level, 2), 4, labels.otherResults, '', '')}
          <ul class="others">
            ${others.map(
              (r) => html`
              <li class="result" part="result">
                <button class="pick" type="button" aria-pressed=${m.value === r.pathway} @click=${() => m.choose(r.pathway)}>
                  <span class="mark" aria-hidden="true"></span>${title(r.pathway)}
                </button>
                ${m.value === r.pathway ? html`<span class="chosen">${labels.shownBelow}</span>` : nothing}
                ${reasonList(r.reasons)}
              </li>`,
            )}
          </ul>
          ${opened ? html`<div class="opened-card">${m.card(opened.pathway, false)}</div>` : nothing}
        </section>`
          : nothing
      }
      ${
        excluded.length
          ? html`
        <section>
          ${heading(below(level, 2), 4, labels.excludedHeading, '', '')}
          <ul class="excluded">
            ${excluded.map((r) => html`<li class="result" part="result"><strong>${title(r.pathway)}</strong><span>${r.excluded.join(' ')}</span></li>`)}
          </ul>
        </section>`
          : nothing
      }
      ${m.closing ? html`<p class="intro">${m.closing}</p>` : nothing}
      <div class="actions plan-actions">
        <button class="button primary" type="button" @click=${m.copy}>${labels.copyPlan}</button>
        <button class="button" type="button" @click=${m.print}>${labels.printPlan}</button>
        <button class="button" type="button" @click=${m.change}>${labels.changeAnswers}</button>
        <button class="button" type="button" @click=${m.startOver}>${labels.startOver}</button>
      </div>
      ${
        m.copyFallback === undefined
          ? nothing
          : html`<textarea class="copy-fallback" readonly rows="10" aria-label=${labels.planTitle} .value=${m.copyFallback}></textarea>`
      }
    </div>`;
}
