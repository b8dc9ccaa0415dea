import type { LABEL_KEYS } from './label-keys.js';

/** One action step of a pathway. */
export interface Step {
  title: string;
  body: string;
}

/** One route into product management. */
export interface Pathway {
  id: string;
  title: string;
  summary: string;
  steps: Step[];
  /** The project's own guidance for acting on this route (see `plan()`); without it a plan holds the steps alone. */
  plan?: PathwayPlan;
}

/** A resource the plan points to: a book, a free course or community kind, the reader's own company's documents. */
export interface PlanResource {
  text: string;
  cost: 'free' | 'paid';
  /** An `https:` address, when the resource has one lasting address. */
  url?: string;
}

/** What should be true after `days` days on the route. */
export interface Milestone {
  days: number;
  text: string;
}

/** The plan fields that may be worded for one situation (a student, someone between jobs…). */
export interface PlanFields {
  /** One concrete action for the next seven days. */
  firstWeek?: string;
  /** What should be true after 30, 60 and 90 days. */
  milestones?: Milestone[];
  /** The sign the route is working, and when to switch to plan B. */
  signal?: string;
  /** Entry titles to search for. */
  roles?: string[];
  /** One thing to make that proves the skill. */
  artefact?: string;
  resources?: PlanResource[];
}

/** A route's plan: every field, plus the fields that differ by the reader's situation (option id → fields). */
export interface PathwayPlan extends Required<PlanFields> {
  situations?: Record<string, PlanFields>;
}

export interface QuizOption {
  id: string;
  label: string;
  /** Points this answer gives each pathway, by pathway id; whole numbers, negative for a weaker fit. */
  weights: Record<string, number>;
  /** Why each pathway fits a reader who chose this answer, by pathway id. */
  reasons?: Record<string, string>;
  /** Why a pathway does not fit now, by pathway id: an excluded route ranks after every route that fits. */
  excludes?: Record<string, string>;
  /** Older form: one reason for every pathway the option weights up. `reasons` wins where both are given. */
  reason?: string;
}

export interface QuizQuestion {
  id: string;
  prompt: string;
  options: QuizOption[];
}

export interface Quiz {
  questions: QuizQuestion[];
  /** Pathway ids, earlier first: who ranks higher when scores are equal (default: the dataset's order). */
  tieBreak?: string[];
}

/** The credit for the article the content is based on. */
export interface Source {
  title: string;
  publisher: string;
  date: string;
  url?: string;
}

export type LabelKey = (typeof LABEL_KEYS)[number];
export type Labels = Record<LabelKey, string>;

/** The shape of `dist/pathways.json` and of custom data. */
export interface Dataset {
  version: 1;
  /** The BCP 47 language the texts are written in (default `en`). */
  lang?: string;
  title?: string;
  intro?: string;
  closing?: string;
  source?: Source;
  pathways: Pathway[];
  quiz?: Quiz;
  /** Interface words; any left out fall back to the bundled ones. */
  labels?: Partial<Labels>;
}

/** What a `<pm-pathway-data>` provider tells the elements inside it. */
export type DatasetState = { status: 'loading' } | { status: 'ready'; data: Dataset } | { status: 'error' };
