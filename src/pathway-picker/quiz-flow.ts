import { adoptStyles, html, isServer, type LitElement, type TemplateResult } from 'lit';
import { format } from '../data/labels.js';
import type { Dataset, Labels, Quiz } from '../data/types.js';
import { PmQuizCompleteEvent } from '../events.js';
import { buildPlan, planText, printPlan } from '../quiz/plan.js';
import { bestFits, recommend, type Answers, type RankedPathway } from '../quiz/recommend.js';
import { decodeAnswers, encodeAnswers, firstUnanswered, isComplete, loadQuiz, saveQuiz } from '../quiz/session.js';
import { below } from '../shared/heading.js';
import { creditText } from '../shared/credit.js';
import { readHash } from '../storage/url-hash.js';
import { closing, quizLabels } from '../generated/quiz.js';
import { renderQuestion, renderResults } from './quiz-view.js';
import { quizStyles } from './quiz-view.styles.js';

const completed = new WeakMap<Labels, Labels>();
/** The quiz's words: the dataset's own, else the English ones that came with this code. */
const withQuizLabels = (labels: Labels): Labels => {
  let all = completed.get(labels);
  if (!all) completed.set(labels, (all = { ...quizLabels, ...labels }));
  return all;
};

/** What the quiz needs from the picker that shows it. */
export interface QuizHost {
  /** The picker itself: it is asked to update and fires the quiz's event. */
  readonly element: LitElement;
  readonly resolved: { data: Dataset; labels: Labels };
  readonly level: number;
  readonly lang: string | undefined;
  readonly syncUrl: boolean;
  readonly value: string | null;
  card(pathway: string, level: number, checklist: boolean): TemplateResult;
  /** The reader opened a route from the results. */
  choose(pathway: string): void;
  announce(text: string, visible?: boolean): void;
  focusNext(target: 'question' | 'results' | 'fallback'): void;
  showQuiz(): void;
  writeHash(values: Record<string, string | null>): void;
}

/**
 * The reader's pass through the questions to the plan: the current question,
 * the answers (saved as they are given), the results and their copy and print.
 * Loaded with the quiz code, so a page that only browses never carries it.
 */
export class QuizFlow {
  step = 0;
  answers: Answers = {};
  #copyFallback: string | undefined;
  #ranked: { answers: Answers; ranking: RankedPathway[] } | undefined;
  /** Radio names are unique per visit to the quiz (a Chromium shadow-DOM Tab-order bug). */
  #visit = 0;

  constructor(
    readonly host: QuizHost,
    readonly quiz: Quiz,
  ) {
    // The quiz's styles came with this code: every picker from now on has them, this one at once.
    const picker = host.element.constructor as typeof LitElement;
    if (!picker.elementStyles.includes(quizStyles)) picker.elementStyles.push(quizStyles);
    // A server renders elementStyles into the page; a browser adopts them now.
    if (!isServer && host.element.shadowRoot) adoptStyles(host.element.shadowRoot, picker.elementStyles);
    // Answers from a link win over saved ones; saved results reopen the quiz at its results.
    const { questions } = quiz;
    const linked = host.syncUrl ? decodeAnswers(questions, readHash(location.hash, 'answers')) : undefined;
    const saved = loadQuiz(questions);
    if (linked) saveQuiz({ answers: linked, results: true });
    this.answers = linked ?? saved.answers;
    this.step = firstUnanswered(questions, this.answers);
    if (linked || saved.results) host.showQuiz();
  }

  /** A new visit to the quiz view (the reader switched to it). */
  enter(): void {
    this.#visit++;
  }

  /** Leaving the quiz view: the link no longer shows results. */
  leave(): void {
    this.#copyFallback = undefined;
    this.#writeAnswers(undefined);
  }

  get #labels(): Labels {
    return withQuizLabels(this.host.resolved.labels);
  }

  render(): TemplateResult {
    const { questions } = this.quiz;
    const { data } = this.host.resolved;
    const labels = this.#labels;
    const step = Math.min(this.step, questions.length);
    if (step < questions.length) {
      const question = questions[step]!;
      return html`${renderQuestion({
        question,
        step,
        total: questions.length,
        chosen: this.answers[question.id],
        labels,
        name: `${question.id}-${this.#visit}`,
        answer: (option) => this.#answer({ ...this.answers, [question.id]: option }),
        go: (next) => this.go(next),
      })}`;
    }
    return html`<div class="opened">${renderResults({
      data,
      labels,
      closing: data.closing ?? (data.quiz ? undefined : closing),
      ranking: this.ranking(),
      value: this.host.value,
      level: this.host.level,
      card: (pathway, checklist) => this.host.card(pathway, below(this.host.level, 3), checklist),
      choose: (pathway) => this.host.choose(pathway),
      copy: () => void this.#copy(),
      print: () => printPlan(this.#plan(), this.host.lang ?? 'en'),
      change: () => this.go(0),
      startOver: () => {
        this.#answer({});
        this.go(0);
      },
      copyFallback: this.#copyFallback,
    })}</div>`;
  }

  /** Moves to question `step`, or to the results past the last one (firing pm-quiz-complete). */
  go(step: number): void {
    const { questions } = this.quiz;
    this.step = step;
    this.#copyFallback = undefined;
    this.host.focusNext(step < questions.length ? 'question' : 'results');
    this.host.element.requestUpdate();
    if (step < questions.length || !isComplete(questions, this.answers)) {
      saveQuiz({ answers: this.answers, results: false });
      this.#writeAnswers(undefined);
      return;
    }
    const ranking = this.ranking();
    saveQuiz({ answers: this.answers, results: true });
    this.#writeAnswers(encodeAnswers(questions, this.answers));
    const titles = bestFits(ranking).map(
      (r) => this.host.resolved.data.pathways.find((p) => p.id === r.pathway)?.title,
    );
    this.host.announce(format(this.#labels.resultsAnnounce, { title: titles.join(', ') }));
    this.host.element.dispatchEvent(
      new PmQuizCompleteEvent({
        answers: { ...this.answers },
        ranking: ranking.map((r) => ({ ...r, reasons: [...r.reasons], excluded: [...r.excluded] })), // listeners cannot change what is shown
      }),
    );
  }

  /** The ranking of the current answers, computed once for the event and the results view. */
  ranking(): RankedPathway[] {
    if (this.#ranked?.answers !== this.answers) {
      this.#ranked = {
        answers: this.answers,
        ranking: recommend({ pathways: this.host.resolved.data.pathways, quiz: this.quiz }, this.answers),
      };
    }
    return this.#ranked.ranking;
  }

  #answer(answers: Answers) {
    this.answers = answers;
    saveQuiz({ answers, results: false });
    this.host.element.requestUpdate();
  }

  #plan() {
    const { data } = this.host.resolved;
    const labels = this.#labels;
    const source = data.source;
    const credit = source ? `${creditText(labels, source, this.host.lang)}${source.url ? ` ${source.url}` : ''}` : '';
    return buildPlan(data, labels, this.ranking(), credit);
  }

  async #copy() {
    const labels = this.#labels;
    const text = planText(this.#plan());
    try {
      await navigator.clipboard.writeText(text);
      this.#copyFallback = undefined;
      this.host.announce(labels.copied, true);
    } catch {
      // No clipboard here (an insecure page, a sandboxed frame): show the text to copy by hand.
      this.#copyFallback = text;
      this.host.focusNext('fallback');
      this.host.announce(labels.copyFailed, true);
    }
  }

  #writeAnswers(encoded: string | undefined) {
    if (this.host.syncUrl && (encoded || readHash(location.hash, 'answers')))
      this.host.writeHash({ answers: encoded ?? null });
  }
}
