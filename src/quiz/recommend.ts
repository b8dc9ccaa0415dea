import type { Dataset } from '../data/types.js';

/** A pathway's place in a quiz result. */
export interface RankedPathway {
  pathway: string;
  score: number;
  /** Why it fits, from the reader's answers, strongest first. */
  reasons: string[];
}

/** Question id → chosen option id. */
export type Answers = Record<string, string>;

/**
 * Ranks every pathway of `dataset` for a reader's answers: each chosen option
 * adds its weights, and its reason to the pathways it weights. Pure and
 * deterministic: ties keep the dataset's (the article's) order. Weights for
 * pathways the dataset lacks, and answers to unknown questions, are ignored.
 */
export function recommend(dataset: Pick<Dataset, 'pathways' | 'quiz'>, answers: Answers): RankedPathway[] {
  const scores = new Map(dataset.pathways.map((p) => [p.id, { score: 0, reasons: [] as { reason: string; weight: number }[] }]));
  for (const question of dataset.quiz?.questions ?? []) {
    const option = question.options.find((o) => o.id === answers[question.id]);
    if (!option) continue;
    for (const [id, weight] of Object.entries(option.weights)) {
      const entry = scores.get(id);
      if (!entry || !(weight > 0)) continue;
      entry.score += weight;
      entry.reasons.push({ reason: option.reason, weight });
    }
  }
  // Array.prototype.sort is stable, so equal scores keep the dataset's order.
  return [...scores]
    .map(([pathway, { score, reasons }]) => ({
      pathway,
      score,
      reasons: [...new Set(reasons.sort((a, b) => b.weight - a.weight).map((r) => r.reason))],
    }))
    .sort((a, b) => b.score - a.score);
}
