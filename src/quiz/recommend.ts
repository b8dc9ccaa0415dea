import type { Dataset, QuizOption } from '../data/types.js';

/** A pathway's place in a quiz result. */
export interface RankedPathway {
  pathway: string;
  score: number;
  /** 1-based and unique: fitting routes first (equal scores broken by `quiz.tieBreak`), then excluded ones. */
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
 * by score; equal scores follow `quiz.tieBreak`, then the dataset's order, so
 * every rank is held by one route. Pure and deterministic. A missing answer
 * counts for nothing; unknown questions, options and pathway ids are ignored.
 */
export function recommend(
  dataset: Pick<Dataset, 'pathways' | 'quiz'>,
  answers: Answers | null | undefined,
): RankedPathway[] {
  const tieBreak = Array.isArray(dataset.quiz?.tieBreak) ? dataset.quiz.tieBreak : [];
  const order = (id: string, index: number) => {
    const at = tieBreak.indexOf(id);
    return at < 0 ? tieBreak.length + index : at;
  };
  const tallies = new Map<string, Tally>(
    dataset.pathways.map((p, i) => [
      p.id,
      { pathway: p.id, order: order(p.id, i), score: 0, reasons: [], excluded: [] },
    ]),
  );
  for (const question of dataset.quiz?.questions ?? []) {
    const chosen = answers?.[question.id];
    const option = question.options.find((o) => o.id === chosen);
    if (!option) continue;
    for (const [id, weight] of Object.entries(option.weights ?? {})) {
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
  return [...fitting, ...excluded].map((t, i) => ({
    pathway: t.pathway,
    score: t.score,
    rank: i + 1,
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

/** The route that fits best (rank 1), as a list of one; empty when every route is excluded. */
export const bestFits = (ranking: RankedPathway[]): RankedPathway[] =>
  ranking.filter((r) => r.rank === 1 && !r.excluded.length);
