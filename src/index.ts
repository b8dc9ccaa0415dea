// Importing the package defines every element; the provider first, so cards
// already in the page find it as they upgrade.
export * from './pathway-data/define.js';
export * from './pathway-card/define.js';
export * from './pathway-picker/define.js';
export { recommend, type RankedPathway, type Answers } from './quiz/recommend.js';
export { plan, type Plan, type BestPlan, type PlanB } from './quiz/plan.js';
export { validateDataset, type DataProblem, type ValidationResult } from './data/validate.js';
export type {
  Dataset,
  DatasetState,
  Pathway,
  PathwayPlan,
  PlanFields,
  PlanResource,
  Milestone,
  Step,
  Quiz,
  QuizQuestion,
  QuizOption,
  Source,
  Labels,
} from './data/types.js';
