import { format } from '../data/labels.js';
import { PROBLEM_KEYS } from '../data/label-keys.js';
import type { DataProblem } from '../data/validate.js';
import { problemLabels } from '../generated/problem-labels.js';

/** Each English problem label as a pattern matching the validator's message, placeholders captured. */
const patterns = PROBLEM_KEYS.map((key) => {
  const names: string[] = [];
  const source = problemLabels[key]
    .split(/\{(\w+)\}/)
    .map((part, i) => {
      if (i % 2) {
        names.push(part);
        return '(.+?)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { key, names, pattern: new RegExp(`^${source}$`) };
});

type Words = Partial<Record<string, string>>;

/** A validator message in the words of `labels` (the English label of the same wording says which). */
function translate(message: string, labels: Words): string {
  for (const { key, names, pattern } of patterns) {
    const match = pattern.exec(message);
    const words = labels[key];
    if (match && words) return format(words, Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])));
  }
  return message;
}

/** A short summary of the first problems, in the language of `labels`, for notices and warnings. */
export function describeProblemsIn(problems: DataProblem[], labels: Words, lang: string, max = 3): string {
  const shown = problems
    .slice(0, max)
    .map((p) => `${p.path}: ${translate(p.message, labels)}`)
    .join('; ');
  const more = labels.problemMore ?? problemLabels.problemMore;
  return problems.length > max ? format(more, { problems: shown, count: problems.length - max }, lang) : shown;
}
