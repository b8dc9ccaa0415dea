import type { Dataset } from './types.js';
import { LABEL_KEYS } from './label-keys.js';

/** One problem found in a dataset, at a path such as `pathways[2].steps[1].title`. */
export interface DataProblem {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; problems: DataProblem[] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks that `value` has the shape of `dist/pathways.json`. Pure: it reads
 * nothing but its argument and reports every problem with its path.
 */
export function validateDataset(value: unknown): ValidationResult {
  const problems: DataProblem[] = [];
  const fail = (path: string, message: string) => {
    problems.push({ path, message });
  };
  const text = (v: unknown, path: string, optional = false) => {
    if (optional && v === undefined) return;
    if (typeof v !== 'string' || !v.trim()) fail(path, 'expected a non-empty string');
  };
  const list = (v: unknown, path: string): unknown[] => {
    if (Array.isArray(v) && v.length) return v;
    fail(path, 'expected a non-empty array');
    return [];
  };
  // Something that is not an object is reported once, as that: not also for each field it lacks.
  const ids = (items: unknown[], path: string) => {
    const seen = new Set<unknown>();
    items.forEach((item, i) => {
      if (!isObject(item)) return;
      const id = item.id;
      if (typeof id !== 'string' || !ID.test(id))
        fail(`${path}[${i}].id`, 'expected an id of lowercase letters, digits and dashes');
      else if (seen.has(id)) fail(`${path}[${i}].id`, `duplicate id "${id}"`);
      seen.add(id);
    });
  };
  const record = (v: unknown, path: string): Record<string, unknown> | undefined => {
    if (isObject(v)) return v;
    fail(path, 'expected an object');
    return undefined;
  };

  const root = record(value, '(root)');
  if (!root) return { ok: false, problems };
  if (root.version !== 1) fail('version', 'expected 1');
  if (root.lang !== undefined && (typeof root.lang !== 'string' || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(root.lang))) {
    fail('lang', 'expected a language tag such as "en" or "pt-BR"');
  }
  for (const key of ['title', 'intro', 'closing'] as const) text(root[key], key, true);
  if (root.source !== undefined) {
    const source = record(root.source, 'source');
    if (source) {
      for (const key of ['title', 'publisher', 'date'] as const) text(source[key], `source.${key}`);
      text(source.url, 'source.url', true);
    }
  }

  const pathways = list(root.pathways, 'pathways');
  ids(pathways, 'pathways');
  pathways.forEach((p, i) => {
    const pathway = record(p, `pathways[${i}]`);
    if (!pathway) return;
    text(pathway.title, `pathways[${i}].title`);
    text(pathway.summary, `pathways[${i}].summary`);
    list(pathway.steps, `pathways[${i}].steps`).forEach((s, j) => {
      const step = record(s, `pathways[${i}].steps[${j}]`);
      if (!step) return;
      text(step.title, `pathways[${i}].steps[${j}].title`);
      text(step.body, `pathways[${i}].steps[${j}].body`);
    });
    if (pathway.plan === undefined) return;
    const plan = record(pathway.plan, `pathways[${i}].plan`);
    if (!plan) return;
    planFields(plan, `pathways[${i}].plan`);
    if (plan.situations === undefined) return;
    for (const [id, fields] of Object.entries(record(plan.situations, `pathways[${i}].plan.situations`) ?? {})) {
      const situation = record(fields, `pathways[${i}].plan.situations.${id}`);
      if (situation) planFields(situation, `pathways[${i}].plan.situations.${id}`);
    }
  });

  /** A plan's fields, each optional: a custom plan may give only some of them. */
  function planFields(plan: Record<string, unknown>, at: string) {
    for (const key of ['firstWeek', 'signal', 'artefact'] as const) text(plan[key], `${at}.${key}`, true);
    if (plan.milestones !== undefined)
      list(plan.milestones, `${at}.milestones`).forEach((m, k) => {
        const milestone = record(m, `${at}.milestones[${k}]`);
        if (!milestone) return;
        if (!Number.isInteger(milestone.days)) fail(`${at}.milestones[${k}].days`, 'expected a whole number');
        text(milestone.text, `${at}.milestones[${k}].text`);
      });
    if (plan.roles !== undefined) list(plan.roles, `${at}.roles`).forEach((r, k) => text(r, `${at}.roles[${k}]`));
    if (plan.resources !== undefined)
      list(plan.resources, `${at}.resources`).forEach((r, k) => {
        const resource = record(r, `${at}.resources[${k}]`);
        if (!resource) return;
        text(resource.text, `${at}.resources[${k}].text`);
        if (resource.cost !== 'free' && resource.cost !== 'paid')
          fail(`${at}.resources[${k}].cost`, 'expected one of: free, paid');
        if (
          resource.url !== undefined &&
          !(typeof resource.url === 'string' && /^https:\/\/[^\s]+$/i.test(resource.url))
        )
          fail(`${at}.resources[${k}].url`, 'expected an https: address');
      });
  }

  const quiz = root.quiz === undefined ? undefined : record(root.quiz, 'quiz');
  if (quiz) {
    const questions = list(quiz.questions, 'quiz.questions');
    ids(questions, 'quiz.questions');
    if (quiz.tieBreak !== undefined) {
      if (!Array.isArray(quiz.tieBreak)) fail('quiz.tieBreak', 'expected a non-empty array');
      else
        quiz.tieBreak.forEach((id, k) => {
          if (typeof id !== 'string' || !ID.test(id))
            fail(`quiz.tieBreak[${k}]`, 'expected an id of lowercase letters, digits and dashes');
        });
    }
    questions.forEach((q, i) => {
      const at = `quiz.questions[${i}]`;
      const question = record(q, at);
      if (!question) return;
      text(question.prompt, `${at}.prompt`);
      const options = list(question.options, `${at}.options`);
      ids(options, `${at}.options`);
      options.forEach((o, j) => {
        const where = `${at}.options[${j}]`;
        const option = record(o, where);
        if (!option) return;
        text(option.label, `${where}.label`);
        text(option.reason, `${where}.reason`, true);
        for (const [id, weight] of Object.entries(record(option.weights, `${where}.weights`) ?? {})) {
          if (!Number.isInteger(weight)) fail(`${where}.weights.${id}`, 'expected a whole number');
        }
        for (const field of ['reasons', 'excludes'] as const) {
          if (option[field] === undefined) continue;
          for (const [id, v] of Object.entries(record(option[field], `${where}.${field}`) ?? {}))
            text(v, `${where}.${field}.${id}`);
        }
      });
    });
  }

  if (root.labels !== undefined) {
    // Unknown labels are ignored, like other extra fields, so a dataset made for
    // another version of the library keeps working.
    const labels = record(root.labels, 'labels');
    if (labels) for (const key of LABEL_KEYS) text(labels[key], `labels.${key}`, true);
  }

  return problems.length ? { ok: false, problems } : { ok: true, data: value as unknown as Dataset };
}

/** A short, readable summary of the first problems, for notices and warnings. */
export function describeProblems(problems: DataProblem[], max = 3): string {
  const shown = problems
    .slice(0, max)
    .map((p) => `${p.path}: ${p.message}`)
    .join('; ');
  return problems.length > max ? `${shown} (and ${problems.length - max} more)` : shown;
}
