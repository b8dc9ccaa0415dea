import { lazy } from '../shared/lazy.js';

/** The quiz code (quiz-chunk.ts), loaded by the first picker that needs it; server rendering awaits `quizCode.load()`. */
export const quizCode = lazy(() => import('./quiz-chunk.js'));
export type QuizModule = typeof import('./quiz-chunk.js');
