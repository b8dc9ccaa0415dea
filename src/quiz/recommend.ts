import type { Dataset, QuizOption } from '../data/types.js';

/** A pathway's place in a quiz result. */
export interface RankedPathway {
  pathway: string;
  score: number;
  /** 1-based among fitting routes; equal scores share a rank. Excluded routes rank after every fitting one. */
  rank: number;
  /** Why it fits this reader, strongest first; no sentence appears under two routes of one result. */
  reasons: string[];
  /** Why it does not fit now; empty when the route fits. */
  excluded: string[];
}

/** Question id → chosen option id. */
export type Answers = Record<string, string>;

interface Tally {
  pathway: string;
  order: number;
  score: number;
  reasons: { text: string; weight: number }[];
  excluded: string[];
}

/** The option's reason for one pathway: its own sentence, or the older single `reason` for every route it weights up. */
const reasonFor = (option: QuizOption, pathway: string, weight: number): string | undefined =>
  option.reasons?.[pathway] ?? (weight > 0 ? option.reason : undefined);

/**
 * Ranks every pathway of `dataset` for a reader's answers. Each chosen option
 * adds its weights (which may be negative), gives the routes it names their
 * reasons, and rules out the routes it excludes. Fitting routes come first,
 * by score; equal scores share a rank and keep the dataset's order. Pure and
 * deterministic. Unknown questions, options and pathway ids are ignored.
 */
export function recommend(dataset: Pick<Dataset, 'pathways' | 'quiz'>, answers: Answers): RankedPathway[] {
  const tallies = new Map<string, Tally>(
    dataset.pathways.map((p, order) => [p.id, { pathway: p.id, order, score: 0, reasons: [], excluded: [] }]),
  );
  for (const question of dataset.quiz?.questions ?? []) {
    const option = question.options.find((o) => o.id === answers[question.id]);
    if (!option) continue;
    for (const [id, weight] of Object.entries(option.weights)) {
      const tally = tallies.get(id);
      if (!tally || !Number.isFinite(weight)) continue;
      tally.score += weight;
      const text = reasonFor(option, id, weight);
      if (text) tally.reasons.push({ text, weight });
    }
    for (const [id, text] of Object.entries(option.excludes ?? {})) tallies.get(id)?.excluded.push(text);
  }

  const byScore = (a: Tally, b: Tally) => b.score - a.score || a.order - b.order;
  const fitting = [...tallies.values()].filter((t) => !t.excluded.length).sort(byScore);
  const excluded = [...tallies.values()].filter((t) => t.excluded.length).sort(byScore);
  const shown = new Set<string>();
  const rankAmong = (list: Tally[], t: Tally, offset: number) =>
    offset + 1 + list.filter((o) => o.score > t.score).length;
  return [...fitting, ...excluded].map((t) => ({
    pathway: t.pathway,
    score: t.score,
    rank: t.excluded.length ? rankAmong(excluded, t, fitting.length) : rankAmong(fitting, t, 0),
    // Strongest first (the sort is stable: equal weights keep question order); a sentence
    // already shown under a better-placed route is not repeated under this one.
    reasons: t.excluded.length
      ? []
      : [...t.reasons]
          .sort((a, b) => b.weight - a.weight)
          .map((r) => r.text)
          .filter((text) => !shown.has(text) && shown.add(text)),
    excluded: [...t.excluded],
  }));
}

/** The routes that fit best: every route ranked 1 (several when tied), none when every route is excluded. */
export const bestFits = (ranking: RankedPathway[]): RankedPathway[] =>
  ranking.filter((r) => r.rank === 1 && !r.excluded.length);
