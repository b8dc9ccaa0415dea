import { adoptStyles, html, isServer, type LitElement, type TemplateResult } from 'lit';
import { format } from '../data/labels.js';
import type { Dataset, Labels, Quiz } from '../data/types.js';
import { PmQuizCompleteEvent } from '../events.js';
import { plan, type Plan } from '../quiz/plan.js';
import { canPrint, planDocument, planText, printPlan, type PlanDocument } from '../quiz/plan-document.js';
import { recommend, type Answers, type RankedPathway } from '../quiz/recommend.js';
import { decodeAnswers, encodeAnswers, firstUnanswered, isComplete, loadQuiz, saveQuiz } from '../quiz/session.js';
import { below } from '../shared/heading.js';
import { creditText } from '../shared/credit.js';
import { loadProgress } from '../storage/progress-store.js';
import { readHash } from '../storage/url-hash.js';
import { closing, plans, quiz as bundledQuiz, quizLabels } from '../generated/quiz.js';
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
  #ranked: { answers: Answers; ranking: RankedPathway[]; plan: Plan } | undefined;
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
      doc: this.#document(),
      labels,
      value: this.host.value,
      level: this.host.level,
      card: (pathway, checklist) => this.host.card(pathway, below(this.host.level, 3), checklist),
      choose: (pathway) => this.host.choose(pathway),
      copy: () => void this.#copy(),
      print: () => this.#print(),
      change: () => this.go(0),
      startOver: () => {
        this.#answer({});
        this.go(0);
      },
      copyFallback: this.#copyFallback,
    })}</div>`;
  }

  /** Whether the results are on screen (the picker then credits the plan's sources, not just the article). */
  get showsResults(): boolean {
    return this.step >= this.quiz.questions.length;
  }

  /** The credit's wording: the plan's, which says what is the article's and what is this project's. */
  get creditTemplate(): string {
    return this.#labels.planCredit;
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
    const best = this.#plan().best;
    const title = best && this.host.resolved.data.pathways.find((p) => p.id === best.pathway)?.title;
    if (title) this.host.announce(format(this.#labels.resultsAnnounce, { title }));
    this.host.element.dispatchEvent(
      new PmQuizCompleteEvent({
        answers: { ...this.answers },
        // Copies: listeners cannot change what is shown.
        ranking: ranking.map((r) => ({ ...r, reasons: [...r.reasons], excluded: [...r.excluded] })),
        plan: JSON.parse(JSON.stringify(this.#plan())) as Plan,
      }),
    );
  }

  /** The ranking and plan of the current answers, computed once for the event and the results view. */
  #rank() {
    if (this.#ranked?.answers !== this.answers) {
      // The bundled English keeps its plans with the quiz (not in the script-tag entry): join them here.
      const own = this.host.resolved.data.pathways;
      const pathways =
        this.quiz === bundledQuiz ? own.map((p) => (p.plan || !plans[p.id] ? p : { ...p, plan: plans[p.id] })) : own;
      const dataset = { pathways, quiz: this.quiz };
      this.#ranked = {
        answers: this.answers,
        ranking: recommend(dataset, this.answers),
        plan: plan(dataset, this.answers),
      };
    }
    return this.#ranked;
  }

  ranking(): RankedPathway[] {
    return this.#rank().ranking;
  }

  #plan(): Plan {
    return this.#rank().plan;
  }

  #answer(answers: Answers) {
    this.answers = answers;
    saveQuiz({ answers, results: false });
    this.host.element.requestUpdate();
  }

  #document(): PlanDocument {
    const { data } = this.host.resolved;
    const labels = this.#labels;
    const { source } = data;
    const lang = this.host.lang ?? 'en';
    const credit = source
      ? `${creditText(labels, source, lang, labels.planCredit)}${source.url ? ` ${source.url}` : ''}`
      : '';
    return planDocument(
      this.#plan(),
      data.pathways,
      labels,
      lang,
      credit,
      data.closing ?? (data.quiz ? undefined : closing),
    );
  }

  /** Each step's ticked state, from the progress record every checklist of that route shares. */
  #done = (pathway: string): boolean[] =>
    loadProgress(pathway, this.host.resolved.data.pathways.find((p) => p.id === pathway)?.steps.length ?? 0);

  #print() {
    if (canPrint()) {
      printPlan(this.#document(), this.#done);
      return;
    }
    // A sandboxed frame ignores print(): say so, and show the plan to copy instead.
    this.#copyFallback = planText(this.#document(), this.#done);
    this.host.focusNext('fallback');
    this.host.announce(this.#labels.printUnavailable, true);
    this.host.element.requestUpdate();
  }

  async #copy() {
    const labels = this.#labels;
    const text = planText(this.#document(), this.#done);
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
