/**
 * A reader's pass through the "find my path" questions, kept apart from any
 * element: which answers are valid, where to resume, how answers are saved
 * (so a reload returns to the results) and written into a link.
 */
import type { QuizQuestion } from '../data/types.js';
import { readItem, writeItem } from '../storage/safe-storage.js';
import type { Answers } from './recommend.js';
import { QUIZ_KEY as KEY } from './saved-key.js';
/** Option ids are lowercase letters, digits and dashes, so a dot separates them safely in a link. */
const SEPARATOR = '.';

/** What is kept between visits: the answers, and whether the reader had reached the results. */
export interface SavedQuiz {
  answers: Answers;
  results: boolean;
}

/** Only the answers that name a question and one of its options. */
export function validAnswers(questions: QuizQuestion[], answers: unknown): Answers {
  const valid: Answers = {};
  if (typeof answers !== 'object' || answers === null) return valid;
  for (const question of questions) {
    const chosen = (answers as Record<string, unknown>)[question.id];
    if (question.options.some((o) => o.id === chosen)) valid[question.id] = chosen as string;
  }
  return valid;
}

/** The index of the first question without an answer; `questions.length` when all are answered. */
export const firstUnanswered = (questions: QuizQuestion[], answers: Answers): number => {
  const index = questions.findIndex((q) => !(q.id in answers));
  return index < 0 ? questions.length : index;
};

export const isComplete = (questions: QuizQuestion[], answers: Answers): boolean =>
  questions.length > 0 && firstUnanswered(questions, answers) === questions.length;

/** The saved answers that still fit these questions; results only when every question is answered. */
export function loadQuiz(questions: QuizQuestion[]): SavedQuiz {
  let saved: Partial<SavedQuiz> | null = null;
  try {
    saved = JSON.parse(readItem(KEY) ?? 'null') as Partial<SavedQuiz> | null;
  } catch {
    // unreadable: start afresh
  }
  const answers = validAnswers(questions, saved?.answers);
  return { answers, results: saved?.results === true && isComplete(questions, answers) };
}

/** Keeps the answers (an empty set forgets them); never throws. */
export function saveQuiz(saved: SavedQuiz): void {
  writeItem(KEY, Object.keys(saved.answers).length ? JSON.stringify(saved) : null);
}

/** The answers as option ids in question order, for a link: `product-team.engineering.some…`. */
export const encodeAnswers = (questions: QuizQuestion[], answers: Answers): string =>
  questions.map((q) => answers[q.id] ?? '').join(SEPARATOR);

/** Answers read from a link; undefined unless they answer every question with a known option. */
export function decodeAnswers(questions: QuizQuestion[], text: string | null): Answers | undefined {
  if (!text) return undefined;
  const ids = text.split(SEPARATOR);
  if (ids.length !== questions.length) return undefined;
  const answers = validAnswers(questions, Object.fromEntries(questions.map((q, i) => [q.id, ids[i]])));
  return isComplete(questions, answers) ? answers : undefined;
}
