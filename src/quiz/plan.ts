import type { Dataset, Milestone, PlanFields, PlanResource, Step } from '../data/types.js';
import { recommend, type Answers } from './recommend.js';

/** The route that fits best, with everything the reader does next. */
export interface BestPlan extends PlanFields {
  pathway: string;
  score: number;
  /** Why it fits, strongest first (at most three). */
  reasons: string[];
  /** The route's three steps from the article, unchanged. */
  steps: Step[];
  milestones?: Milestone[];
  resources?: PlanResource[];
}

/** The runner-up: what to switch to when the best fit shows no sign of working. */
export interface PlanB {
  pathway: string;
  score: number;
  reasons: string[];
  firstWeek?: string;
}

export interface Plan {
  /** Null only when every route is ruled out (custom data). */
  best: BestPlan | null;
  planB: PlanB | null;
  /** Other routes that fit and scored above 0, best first. */
  others: { pathway: string; score: number; reasons: string[] }[];
  /** Routes ruled out for now, with why. */
  notNow: { pathway: string; excluded: string[] }[];
}

/** A coach gives the strongest few reasons, not every one. */
const MAX_REASONS = 3;
const FIELDS = ['firstWeek', 'milestones', 'signal', 'roles', 'artefact', 'resources'] as const;

/** Copies plain data, so a caller that changes the plan never changes the dataset. */
const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/**
 * Turns a reader's answers into a plan: the best fit with its first action
 * for this week, milestones, signal, roles, artefact and resources (worded for
 * the reader's situation: `plan.situations[<situation option id>]` overrides
 * the route's fields), plan B (the runner-up and its first action), the other
 * routes that scored above 0, and the routes ruled out now. Paid resources are
 * left out for a reader with no money. Pure; never throws on missing or
 * unknown answers.
 */
export function plan(dataset: Pick<Dataset, 'pathways' | 'quiz'>, answers: Answers | null | undefined): Plan {
  const ranking = recommend(dataset, answers);
  const fitting = ranking.filter((r) => !r.excluded.length);
  const situation = answers?.situation;
  const fieldsOf = (id: string): PlanFields => {
    const route = dataset.pathways.find((p) => p.id === id)?.plan;
    if (!route || typeof route !== 'object') return {};
    const own =
      situation && Object.hasOwn(route.situations ?? {}, situation) ? route.situations![situation] : undefined;
    return Object.fromEntries(
      FIELDS.flatMap((key) => {
        const value = own?.[key] ?? route[key];
        return value === undefined ? [] : [[key, copy(value)]];
      }),
    );
  };
  const [first, second] = fitting;
  let best: BestPlan | null = null;
  if (first) {
    const fields = fieldsOf(first.pathway);
    const noMoney = answers?.budget === 'none';
    if (fields.resources && noMoney) fields.resources = fields.resources.filter((r) => r.cost !== 'paid');
    best = {
      pathway: first.pathway,
      score: first.score,
      reasons: first.reasons.slice(0, MAX_REASONS),
      steps: copy(dataset.pathways.find((p) => p.id === first.pathway)?.steps ?? []),
      ...fields,
    };
  }
  const planB: PlanB | null = second
    ? {
        pathway: second.pathway,
        score: second.score,
        reasons: second.reasons.slice(0, MAX_REASONS),
        ...(fieldsOf(second.pathway).firstWeek === undefined ? {} : { firstWeek: fieldsOf(second.pathway).firstWeek }),
      }
    : null;
  return {
    best,
    planB,
    others: fitting
      .slice(2)
      .filter((r) => r.score > 0)
      .map((r) => ({ pathway: r.pathway, score: r.score, reasons: r.reasons.slice(0, MAX_REASONS) })),
    notNow: ranking.filter((r) => r.excluded.length).map((r) => ({ pathway: r.pathway, excluded: [...r.excluded] })),
  };
}
