import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { format } from '../data/labels.js';
import type { Labels, QuizQuestion } from '../data/types.js';
import { joinLabel, withColon, type PlanBlock, type PlanDocument } from '../quiz/plan-document.js';
import { isSafeUrl } from '../shared/safe-url.js';
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

/** The results: the reader's plan, as a document the copied text and the printout share. */
export interface ResultsModel {
  doc: PlanDocument;
  labels: Labels;
  value: string | null;
  level: number;
  /** The card of a route: as a checklist in the plan, plain for another route the reader opens. */
  card(pathway: string, checklist: boolean): TemplateResult;
  choose(pathway: string): void;
  copy(): void;
  print(): void;
  change(): void;
  startOver(): void;
  /** The plan's text, shown to select by hand when copying or printing failed. */
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

const reasonList = (reasons: string[]) =>
  reasons.length ? html`<ul class="reasons">${reasons.map((reason) => html`<li>${reason}</li>`)}</ul>` : nothing;

/** A route the reader can open below, as in the browse list. */
function pick(m: ResultsModel, pathway: string, title: string) {
  const open = m.value === pathway;
  return html`<button class="pick" type="button" aria-pressed=${open} @click=${() => m.choose(pathway)}>
      <span class="mark" aria-hidden="true"></span>${title}
    </button>
    ${open ? html`<span class="chosen">${m.labels.shownBelow}</span>` : nothing}`;
}

function renderBlock(m: ResultsModel, block: PlanBlock, h: (text: string, id?: string) => unknown): unknown {
  const { doc } = m;
  switch (block.kind) {
    case 'best':
      return html`<section class="fit" part="result">
        ${h(joinLabel(doc.lang, block.heading, block.title), 'best-heading')}
        <p class="why">${block.why}</p>
        ${reasonList(block.reasons)}
      </section>`;
    case 'text':
      return html`<section class=${block.id === 'week' ? 'week' : ''}>${h(block.heading)}<p>${block.text}</p></section>`;
    case 'steps':
      return html`<div class="plan-steps">${m.card(block.pathway, true)}</div>`;
    case 'list':
      return html`<section>
        ${h(block.heading)}
        <ul class=${block.id}>${block.items.map((item) => html`<li>${item}</li>`)}</ul>
      </section>`;
    case 'resources':
      return html`<section>
        ${h(block.heading)}
        <ul class="resources">
          ${block.items.map(
            (r) => html`<li>
              ${isSafeUrl(r.url) && r.url ? html`<a href=${r.url} rel="noopener" target="_blank">${r.text}</a>` : r.text}
              <span class="cost">(${r.cost})</span>
            </li>`,
          )}
        </ul>
      </section>`;
    case 'note':
      return html`<p class="note">${block.text}</p>`;
    case 'planB':
      return html`<section class="plan-b" part="result">
        ${h(joinLabel(doc.lang, block.heading, block.title))}
        <p class="why">${block.why}</p>
        ${reasonList(block.reasons)}
        ${block.firstWeek ? html`<p class="first"><strong>${withColon(doc.lang, block.firstLabel)}</strong> ${block.firstWeek}</p>` : nothing}
        <div class="open">${pick(m, block.pathway, block.title)}</div>
        ${m.value === block.pathway ? html`<div class="opened-card">${m.card(block.pathway, false)}</div>` : nothing}
      </section>`;
    case 'others': {
      const opened = block.items.find((o) => o.pathway === m.value);
      return html`<section>
        ${h(block.heading)}
        <ul class="others">
          ${block.items.map(
            (o) => html`<li class="result" part="result">${pick(m, o.pathway, o.title)}${reasonList(o.reasons)}</li>`,
          )}
        </ul>
        ${opened ? html`<div class="opened-card">${m.card(opened.pathway, false)}</div>` : nothing}
      </section>`;
    }
    case 'notNow':
      return html`<section>
        ${h(block.heading)}
        <ul class="excluded">
          ${block.items.map((n) => html`<li class="result" part="result"><strong>${n.title}</strong><span>${n.why}</span></li>`)}
        </ul>
      </section>`;
  }
}

export function renderResults(m: ResultsModel): TemplateResult {
  const { labels, level, doc } = m;
  const h = (text: string, id = '') => heading(below(level, 2), 4, text, '', id);
  return html`
    <div class="quiz results" part="quiz">
      ${heading(below(level), 3, labels.resultsHeading, '', 'results-heading')}
      ${doc.blocks.length ? doc.blocks.map((block) => renderBlock(m, block, h)) : html`<p class="prompt">${labels.noFit}</p>`}
      ${doc.closing ? html`<p class="intro">${doc.closing}</p>` : nothing}
      <div class="actions plan-actions">
        <button class="button primary" type="button" @click=${m.copy}>${labels.copyPlan}</button>
        <button class="button" type="button" @click=${m.print}>${labels.printPlan}</button>
        <button class="button" type="button" @click=${m.change}>${labels.changeAnswers}</button>
        <button class="button" type="button" @click=${m.startOver}>${labels.startOver}</button>
      </div>
      ${
        m.copyFallback === undefined
          ? nothing
          : html`<textarea class="copy-fallback" readonly rows="12" dir="auto" aria-label=${labels.planTitle} .value=${m.copyFallback}></textarea>`
      }
    </div>`;
}
