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
