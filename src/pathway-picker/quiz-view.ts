import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../data/labels.js';
import type { Dataset, Labels, QuizQuestion } from '../data/types.js';
import type { Answers, RankedPathway } from '../quiz/recommend.js';
import { heading } from '../shared/heading.js';

/** What the quiz view needs from the picker: its state and the reader's actions. */
export interface QuizViewModel {
  data: Dataset;
  labels: Labels;
  questions: QuizQuestion[];
  step: number;
  answers: Answers;
  ranking: RankedPathway[] | undefined;
  value: string | null;
  level: number;
  answer(question: string, option: string): void;
  go(step: number): void;
  startOver(): void;
  choose(pathway: string): void;
}

/** One question at a time, as a native radio group, then the ranking. */
export function renderQuiz(m: QuizViewModel, card: TemplateResult | typeof nothing): TemplateResult {
  const { labels, questions, step } = m;
  if (step < questions.length) {
    const question = questions[step]!;
    const answered = question.id in m.answers;
    const last = step === questions.length - 1;
    const onEnter = (e: KeyboardEvent) => { if (e.key === 'Enter' && answered) m.go(step + 1); };
    return html`
      <div class="quiz" part="quiz">
        <fieldset class="question" part="question">
          <legend>
            <span class="count">${format(labels.questionCount, { number: step + 1, total: questions.length })}</span>
            <span class="ask">${question.prompt}</span>
          </legend>
          ${question.options.map((option) => html`
            <label class="choice">
              <input type="radio" name="q-${question.id}" .value=${option.id}
                .checked=${m.answers[question.id] === option.id}
                @change=${() => m.answer(question.id, option.id)} @keydown=${onEnter} />
              <span>${option.label}</span>
            </label>`)}
        </fieldset>
        <div class="actions">
          ${step > 0 ? html`<button class="button" type="button" @click=${() => m.go(step - 1)}>${labels.back}</button>` : html`<span></span>`}
          <button class="button primary" type="button" ?disabled=${!answered} @click=${() => m.go(step + 1)}>
            ${last ? labels.seeResults : labels.next}
          </button>
        </div>
      </div>`;
  }

  const ranking = m.ranking ?? [];
  const titles = new Map(m.data.pathways.map((p) => [p.id, p.title]));
  const result = (r: RankedPathway, i: number, top: boolean) => html`
    <li class="result ${top ? 'top' : ''}" part="result">
      <button type="button" aria-pressed=${m.value === r.pathway} @click=${() => m.choose(r.pathway)}>
        ${top ? `${i + 1}. ` : ''}${titles.get(r.pathway)}
      </button>
      ${top && r.reasons.length ? html`<ul class="reasons">${r.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>` : nothing}
    </li>`;
  return html`
    <div class="quiz" part="quiz">
      ${heading(m.level + 1, 3, labels.resultsHeading, '', 'results-heading')}
      <ol class="results">${ranking.slice(0, 3).map((r, i) => result(r, i, true))}</ol>
      ${ranking.length > 3
        ? html`${heading(m.level + 2, 4, labels.otherResults, '', '')}<ul class="rest">${ranking.slice(3).map((r, i) => result(r, i, false))}</ul>`
        : nothing}
      ${card}
      ${m.data.closing ? html`<p class="intro">${m.data.closing}</p>` : nothing}
      <div class="actions">
        <button class="button" type="button" @click=${() => m.go(0)}>${labels.changeAnswers}</button>
        <button class="button" type="button" @click=${m.startOver}>${labels.startOver}</button>
      </div>
    </div>`;
}
