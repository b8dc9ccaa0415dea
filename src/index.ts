// Importing the package defines every element.
export * from './pathway-card/define.js';
export type { Dataset, Pathway, Step, Quiz, QuizQuestion, QuizOption, Source, Labels } from './data/types.js';
