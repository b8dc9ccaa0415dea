import { bundledLabels } from '../data/bundled.js';
import { format } from '../data/labels.js';
import type { Labels } from '../data/types.js';
import type { DataProblem } from '../data/validate.js';

const PROBLEM_KEYS = [
  'problemText', 'problemList', 'problemId', 'problemDuplicateId', 'problemObject', 'problemVersion', 'problemNumber', 'problemWhole', 'problemLang',
] as const;

/** Each English problem label as a pattern matching the validator's message, placeholders captured. */
let patterns: { key: (typeof PROBLEM_KEYS)[number]; names: string[]; pattern: RegExp }[] | undefined;

/** A validator message in the words of `labels` (the English label of the same wording says which). */
function translate(message: string, labels: Labels): string {
  patterns ??= PROBLEM_KEYS.map((key) => {
    const names: string[] = [];
    const source = bundledLabels[key].split(/\{(\w+)\}/).map((part, i) => {
      if (i % 2) { names.push(part); return '(.+?)'; }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }).join('');
    return { key, names, pattern: new RegExp(`^${source}$`) };
  });
  for (const { key, names, pattern } of patterns) {
    const match = pattern.exec(message);
    if (match) return format(labels[key], Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])));
  }
  return message;
}

/** A short summary of the first problems, in the language of `labels`, for notices and warnings. */
export function describeProblemsIn(problems: DataProblem[], labels: Labels, lang: string, max = 3): string {
  const shown = problems.slice(0, max).map((p) => `${p.path}: ${translate(p.message, labels)}`).join('; ');
  return problems.length > max ? format(labels.problemMore, { problems: shown, count: problems.length - max }, lang) : shown;
}
