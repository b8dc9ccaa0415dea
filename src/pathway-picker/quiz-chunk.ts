// Everything "find my path" needs beyond the browse view, loaded on demand
// (a file of its own beside dist/pm-pathways.js): the English questions, the
// ranking, the reader's saved answers, the results plan and its copy and print.
export { quiz as bundledQuiz } from '../generated/quiz.js';
export { QuizFlow, type QuizHost } from './quiz-flow.js';
