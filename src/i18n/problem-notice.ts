import { validatorCode } from '../data/validate-loader.js';
import type { DataProblem } from '../data/validate.js';
import { lazy } from '../shared/lazy.js';

const problemsCode = lazy(() => import('./problems.js'));

/**
 * The validator's problems for a notice in `lang`: English at once (the
 * validator's own words); other languages once their wording has loaded on
 * demand, after which `onLoad` is called. Undefined until then.
 */
export function describeProblemsFor(found: DataProblem[], labels: Partial<Record<string, string>>, lang: string, onLoad: () => void): string | undefined {
  // The validator found the problems, so its code is here.
  if (lang === 'en') return validatorCode.get()?.describeProblems(found);
  const code = problemsCode.get();
  if (code) return code.describeProblemsIn(found, labels, lang);
  void problemsCode.load().then(onLoad, onLoad);
  return undefined;
}
