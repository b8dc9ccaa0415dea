import type { DataProblem } from '../data/validate.js';
import { validatorCode } from '../data/validate-loader.js';

let problems: typeof import('./problems.js') | undefined;
let loading: Promise<unknown> | undefined;

/**
 * The validator's problems for a notice in `lang`: English at once (the
 * validator's own words); other languages once their wording has loaded on
 * demand, after which `onLoad` is called. Undefined until then.
 */
export function describeProblemsFor(found: DataProblem[], labels: Partial<Record<string, string>>, lang: string, onLoad: () => void): string | undefined {
  // The validator found the problems, so its code is here.
  if (lang === 'en') return validatorCode.get()?.describeProblems(found);
  if (problems) return problems.describeProblemsIn(found, labels, lang);
  loading ??= import('./problems.js').then((module) => { problems = module; });
  void loading.then(onLoad, onLoad);
  return undefined;
}
