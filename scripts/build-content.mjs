// Compiles content/ (Markdown and YAML a writer edits) into typed data for the
// elements and into dist/pathways.json, and each translation in
// content/locales/<lang>/ into dist/locales/<lang>.json and a lazily loaded
// module in src/generated/locales/. A content error fails the build with the
// file, the field and what is wrong; so does a translation that lacks something
// the English has or carries something it does not.
//   node scripts/build-content.mjs [--content DIR] [--out-ts FILE] [--out-json FILE] [--only LANG]
// (--only builds one translation: for a translator, with --out-ts and --out-json outside the tree.)
import { existsSync, readFileSync, readdirSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { build } from 'esbuild';
import { checkAdvice } from './coach-rules.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const contentDir = resolve(args.content ?? join(root, 'content'));
const outTs = resolve(args['out-ts'] ?? join(root, 'src/generated/dataset.ts'));
const outJson = resolve(args['out-json'] ?? join(root, 'dist/pathways.json'));
const localesDir = join(contentDir, 'locales');
const outLocalesTs = join(dirname(outTs), 'locales');
const outLocalesJson = join(dirname(outJson), 'locales');

/** The pathway ids and their order are part of the public contract (SPEC). */
const PATHWAY_IDS = [
  'internal-transition',
  'formal-education',
  'startup-experience',
  'certifications-bootcamps',
  'technical-background',
  'networking-mentorship',
  'freelance-consulting',
];
const STEPS_PER_PATHWAY = 3;
const PLAN_FIELDS = ['firstWeek', 'milestones', 'signal', 'roles', 'artefact', 'resources'];
let SITUATION_IDS = [];

class ContentError extends Error {}
const pick = (labels, keep) => Object.fromEntries(Object.entries(labels).filter(([key]) => keep(key)));
let LABEL_KEYS, PROBLEM_KEYS, QUIZ_LABEL_KEYS, DATA_LABEL_KEYS, placeholdersOf;
const errors = [];
const shown = (file) => relative(process.cwd(), file) || file;
const report = (file, field, message) => errors.push(`${shown(file)}: ${field}: ${message}`);

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    report(file, '(file)', 'cannot be read');
    throw new ContentError();
  }
};
const yaml = (file, source = read(file)) => {
  try {
    return parseYaml(source) ?? {};
  } catch (error) {
    report(file, '(yaml)', error.message.split('\n')[0]);
    throw new ContentError();
  }
};
const prose = (lines) =>
  lines
    .join('\n')
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t\r\n]+/g, ' ').trim()) // not \s: a narrow no-break space (French) is kept
    .filter(Boolean)
    .join(' ');

/** Splits a Markdown file into its front matter, the prose before the first `##`, and `##` sections. */
function markdown(file) {
  const source = read(file).replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  if (!match) {
    report(file, '(front matter)', 'expected the file to start with a --- block holding id and title');
    throw new ContentError();
  }
  const meta = yaml(file, match[1]);
  const sections = [];
  const lead = [];
  for (const line of source.slice(match[0].length).split('\n')) {
    const heading = /^##\s+(.*)$/.exec(line);
    if (heading) sections.push({ title: heading[1].trim(), lines: [] });
    else (sections.at(-1)?.lines ?? lead).push(line);
  }
  return { meta, lead: prose(lead), sections: sections.map((s) => ({ title: s.title, body: prose(s.lines) })) };
}

function readGuide(dir = contentDir) {
  const file = join(dir, 'guide.md');
  const { meta, sections } = markdown(file);
  const section = (name) => {
    const found = sections.find((s) => s.title.toLowerCase() === name);
    if (!found) report(file, name, `expected a "## ${name[0].toUpperCase()}${name.slice(1)}" section`);
    return found?.body;
  };
  const source = meta.source ?? {};
  // YAML reads an unquoted 2024-05-19 as a Date: keep the ISO day.
  const date = source.date instanceof Date ? source.date.toISOString().slice(0, 10) : source.date;
  return {
    file,
    meta,
    guide: { title: meta.title, intro: section('intro'), closing: section('closing'), source: { ...source, date } },
  };
}

function readPathways(base = contentDir) {
  const dir = join(base, 'pathways');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
  const pathways = files.map((file) => {
    const { meta, lead, sections } = markdown(file);
    if (sections.length !== STEPS_PER_PATHWAY) {
      report(
        file,
        'steps',
        `expected exactly ${STEPS_PER_PATHWAY} steps ("## Step title" headings), found ${sections.length}`,
      );
    }
    const planFile = join(base, 'plans', `${basename(file, '.md')}.yaml`);
    const plan = existsSync(planFile) ? yaml(planFile) : undefined;
    if (plan?.situations) {
      for (const id of Object.keys(plan.situations))
        if (!SITUATION_IDS.includes(id))
          report(planFile, `situations.${id}`, `unknown situation; known: ${SITUATION_IDS.join(', ')}`);
    }
    return { id: meta.id, title: meta.title, summary: lead, steps: sections, ...(plan ? { plan } : {}) };
  });
  if (base === contentDir) {
    pathways.forEach((p, i) => {
      const planFile = join(base, 'plans', `${basename(files[i], '.md')}.yaml`);
      if (!p.plan) report(planFile, '(file)', 'missing: every route needs its plan (SPEC, "The plan")');
      else
        for (const key of PLAN_FIELDS)
          if (p.plan[key] === undefined) report(planFile, key, 'missing: a plan has every field');
    });
  }
  const ids = pathways.map((p) => p.id);
  if (ids.join() !== PATHWAY_IDS.join()) {
    report(
      dir,
      'id',
      `expected the pathways ${PATHWAY_IDS.join(', ')} in that order (files sort by name), found ${ids.join(', ') || 'none'}`,
    );
  }
  return { files, pathways };
}

function readQuiz() {
  const file = join(contentDir, 'quiz.yaml');
  const quiz = yaml(file);
  (Array.isArray(quiz.questions) ? quiz.questions : []).forEach((question, i) => {
    const options = Array.isArray(question?.options) ? question.options : [];
    if (options.length < 2) report(file, `questions[${i}].options`, 'expected at least 2 options');
    options.forEach((option, j) => {
      for (const [id, weight] of Object.entries(option?.weights ?? {})) {
        const field = `questions[${i}].options[${j}].weights.${id}`;
        if (!PATHWAY_IDS.includes(id)) report(file, field, `unknown pathway; known ids: ${PATHWAY_IDS.join(', ')}`);
        else if (!Number.isInteger(weight) || weight < -10 || weight > 10 || weight === 0)
          report(file, field, 'expected a whole number from -10 to 10, not 0');
        else if (weight > 0 && !option?.reasons?.[id])
          report(
            file,
            `questions[${i}].options[${j}].reasons.${id}`,
            'a route this answer weights up needs its own reason',
          );
      }
      for (const field of ['reasons', 'excludes']) {
        for (const id of Object.keys(option?.[field] ?? {})) {
          if (!PATHWAY_IDS.includes(id))
            report(
              file,
              `questions[${i}].options[${j}].${field}.${id}`,
              `unknown pathway; known ids: ${PATHWAY_IDS.join(', ')}`,
            );
        }
      }
    });
  });
  return { file, quiz };
}

/**
 * Mirrors a translation onto the English: the same keys, ids and array lengths,
 * with translated text; numbers (the quiz weights) come from the English only.
 */
function mirror(english, translated, file, path) {
  const at = (key) => (path ? `${path}.${key}` : key);
  if (typeof english === 'string') {
    if (typeof translated !== 'string' || !translated.trim())
      report(file, path, 'expected the translated text (a non-empty string)');
    return translated;
  }
  if (typeof english === 'number' || typeof english === 'boolean') return english;
  if (Array.isArray(english)) {
    if (!Array.isArray(translated)) {
      report(file, path, `expected a list of ${english.length}, as in the English`);
      return english;
    }
    if (translated.length !== english.length)
      report(file, path, `expected ${english.length} entries, as in the English, found ${translated.length}`);
    return english.map((item, i) => mirror(item, translated[i], file, `${path}[${i}]`));
  }
  if (english && typeof english === 'object') {
    if (!translated || typeof translated !== 'object' || Array.isArray(translated)) {
      report(file, path || '(file)', 'expected an object, as in the English');
      return english;
    }
    const out = {};
    for (const [key, value] of Object.entries(english)) {
      if (key === 'cost' || key === 'url') {
        // What a resource costs and where it is are facts, not words: they come from the English.
        if (key in translated && translated[key] !== value)
          report(file, at(key), `expected ${JSON.stringify(value)}, as in the English (not translated)`);
        out[key] = value;
      } else if (key === 'weights') {
        if (key in translated) report(file, at(key), 'remove the weights: the build takes them from the English quiz');
        out[key] = value;
      } else if (key === 'id') {
        if (translated.id !== value) report(file, at(key), `expected "${value}", the English id at this place`);
        out[key] = value;
      } else if (!(key in translated)) {
        report(file, at(key), 'missing: the English has it');
      } else {
        out[key] = mirror(value, translated[key], file, at(key));
      }
    }
    for (const key of Object.keys(translated))
      if (!(key in english)) report(file, at(key), 'stale: the English has no such key; remove it');
    return out;
  }
  return english;
}

/** Same keys as the English labels, each with the English label's placeholders. */
function mirrorLabels(english, translated, file) {
  const out = mirror(english, translated, file, '');
  for (const key of Object.keys(english)) {
    if (typeof translated?.[key] !== 'string') continue;
    const want = placeholdersOf(english[key]).join(', ');
    const have = placeholdersOf(translated[key]).join(', ');
    if (want !== have) report(file, key, `placeholders {${have}} differ from the English {${want}}`);
  }
  return out;
}

/** Compiles content/locales/<lang>/ onto the English dataset; returns undefined after reporting problems. */
function readLocale(lang, english, validateDataset) {
  const dir = join(localesDir, lang);
  const before = errors.length;
  const { file: guideFile, meta, guide } = tryRead(() => readGuide(dir)) ?? {};
  if (meta) {
    const { meta: englishMeta } = readGuide();
    const stripped = (m) =>
      JSON.parse(JSON.stringify({ ...m, source: { ...m.source, date: String(m.source?.date ?? '') } }));
    mirror(stripped(englishMeta), stripped(meta), guideFile, '');
    for (const key of ['title', 'publisher', 'date', 'url']) {
      if (String(meta.source?.[key] ?? '') !== String(englishMeta.source?.[key] ?? ''))
        report(guideFile, `source.${key}`, 'keep the source as published, as in the English');
    }
  }
  const read = tryRead(() => readPathways(dir));
  if (read) {
    const englishNames = english.pathwayFiles.map((f) => f.slice(f.lastIndexOf('/') + 1));
    const names = read.files.map((f) => f.slice(f.lastIndexOf('/') + 1));
    for (const name of englishNames)
      if (!names.includes(name))
        report(join(dir, 'pathways', name), '(file)', 'missing: translate the English file of this name');
    for (const name of names)
      if (!englishNames.includes(name))
        report(join(dir, 'pathways', name), '(file)', 'stale: the English has no file of this name');
  }
  const pathways =
    read && read.pathways.length === english.dataset.pathways.length
      ? mirror(english.dataset.pathways, read.pathways, join(dir, 'pathways'), 'pathways')
      : english.dataset.pathways;
  const quizFile = join(dir, 'quiz.yaml');
  const quiz = english.dataset.quiz && mirror(english.dataset.quiz, tryRead(() => yaml(quizFile)) ?? {}, quizFile, '');
  const labelsFile = join(dir, 'labels.yaml');
  const labels = mirrorLabels(english.dataset.labels, tryRead(() => yaml(labelsFile)) ?? {}, labelsFile);
  if (errors.length > before) return undefined;
  const dataset = { version: 1, lang, ...guide, pathways, quiz, labels };
  const result = validateDataset(dataset);
  if (!result.ok) for (const { path, message } of result.problems) report(dir, path, message);
  return result.ok ? dataset : undefined;
}

const tryRead = (fn) => {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ContentError) return undefined;
    throw error;
  }
};

const LOCALE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

/** Builds every translation; the module map lets the elements import one language on demand. */
function buildLocales(english, validateDataset) {
  let langs = [];
  try {
    langs = readdirSync(localesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    /* no translations */
  }
  for (const lang of langs)
    if (!LOCALE_TAG.test(lang)) report(join(localesDir, lang), '(folder)', 'expected a BCP 47 tag such as es, pt-BR');
  const built = langs
    .filter((lang) => LOCALE_TAG.test(lang) && (!args.only || lang === args.only))
    .map((lang) => [lang, readLocale(lang, english, validateDataset)]);
  if (errors.length) throw new ContentError();
  rmSync(outLocalesTs, { recursive: true, force: true });
  mkdirSync(outLocalesTs, { recursive: true });
  mkdirSync(outLocalesJson, { recursive: true });
  for (const [lang, dataset] of built) {
    writeFileSync(
      join(outLocalesTs, `${lang}.ts`),
      [
        '// Generated by scripts/build-content.mjs from content/locales/. Edit content/, not this file.',
        "import type { Dataset } from '../../data/types.js';",
        '',
        // A variable: its labels also hold the validator's messages, which the Labels type leaves out.
        `const labels: Record<string, string> = ${JSON.stringify(dataset.labels, null, 2)};`,
        '',
        `export const dataset: Dataset = { ...${JSON.stringify({ ...dataset, labels: undefined }, null, 2)}, labels };`,
        '',
      ].join('\n'),
    );
    // Minified: a script-tag page fetches this file (12 KB less per language, ~0.5 KB gzip);
    // dist/pathways.json, the file to copy and translate, stays indented.
    writeFileSync(join(outLocalesJson, `${lang}.json`), `${JSON.stringify(dataset)}\n`);
  }
  writeFileSync(
    join(outLocalesTs, 'index.ts'),
    [
      '// Generated by scripts/build-content.mjs: one dynamic import per translation, so each is its own chunk.',
      "import type { Dataset } from '../../data/types.js';",
      '',
      'export const locales: Record<string, () => Promise<{ dataset: Dataset }>> = {',
      ...built.map(([lang]) => `  ${JSON.stringify(lang)}: () => import('./${lang}.js'),`),
      '};',
      '',
    ].join('\n'),
  );
}

/** Imports a module of src/ compiled on the fly, so the build checks with the browser's own validator. */
async function importTs(path) {
  const result = await build({
    entryPoints: [join(root, path)],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

async function main() {
  const { validateDataset } = await importTs('src/data/validate.ts');
  ({ LABEL_KEYS, PROBLEM_KEYS, QUIZ_LABEL_KEYS, DATA_LABEL_KEYS, placeholdersOf } =
    await importTs('src/data/label-keys.ts'));

  const { file: guideFile, guide } = readGuide();
  const { file: quizFile, quiz } = readQuiz();
  SITUATION_IDS = (quiz.questions ?? []).find((q) => q?.id === 'situation')?.options?.map((o) => o?.id) ?? [];
  const { files: pathwayFiles, pathways } = readPathways();
  const labelsFile = join(contentDir, 'labels.yaml');
  const labels = yaml(labelsFile);
  for (const key of [...LABEL_KEYS, ...PROBLEM_KEYS]) if (!(key in labels)) report(labelsFile, key, 'missing label');

  const dataset = { version: 1, lang: 'en', ...guide, pathways, quiz, labels };
  const result = validateDataset(dataset);
  if (!result.ok) {
    for (const { path, message } of result.problems) {
      const pathway = /^pathways\[(\d+)\]\.?(.*)$/.exec(path);
      if (pathway)
        report(pathwayFiles[Number(pathway[1])] ?? join(contentDir, 'pathways'), pathway[2] || '(file)', message);
      else if (path.startsWith('quiz.')) report(quizFile, path.slice(5), message);
      else if (path.startsWith('labels.')) report(labelsFile, path.slice(7), message);
      else report(guideFile, path, message);
    }
  }
  if (errors.length) throw new ContentError();

  // The careers coach's rules, over every combination of answers (SPEC: "A careers coach signs the advice").
  const { recommend } = await importTs('src/quiz/recommend.ts');
  const { plan } = await importTs('src/quiz/plan.ts');
  const advice = checkAdvice(dataset, { recommend, plan });
  for (const line of advice.breaches) report(quizFile, 'advice', line);
  if (advice.total > advice.breaches.length)
    report(quizFile, 'advice', `… and ${advice.total - advice.breaches.length} more breaches`);
  if (errors.length) throw new ContentError();

  // Separate exports, so a page with only cards does not carry the guide texts or the quiz.
  mkdirSync(dirname(outTs), { recursive: true });
  writeFileSync(
    outTs,
    [
      '// Generated by scripts/build-content.mjs from content/. Edit content/, not this file.',
      "import type { Dataset, Labels, Pathway, Source } from '../data/types.js';",
      '',
      '// `labels` holds only the words every page shows: it is typed as all of them, and the quiz and the',
      '// provider add theirs (quiz.ts, data-labels.ts) before they show any; see src/data/labels.ts.',
      '',
      // The plans travel with the quiz (generated/quiz.ts): a page that never opens it does not carry them.
      `export const pathways: Pathway[] = ${JSON.stringify(
        pathways.map((pathway) => ({ ...pathway, plan: undefined })),
        null,
        2,
      )};`,
      '',
      // Only the words every page needs: the quiz's, the provider's and the validator's travel with their code.
      '/** The interface words every page shows; the rest come with the code that shows them (see QUIZ_LABEL_KEYS). */',
      `export const labels = ${JSON.stringify(
        pick(
          labels,
          (key) => !PROBLEM_KEYS.includes(key) && !QUIZ_LABEL_KEYS.includes(key) && !DATA_LABEL_KEYS.includes(key),
        ),
        null,
        2,
      )} as Labels;`,
      '',
      `export const guide: Pick<Dataset, 'title' | 'intro' | 'source'> = ${JSON.stringify({ ...guide, closing: undefined }, null, 2)};`,
      '',
      '/** The credit alone, for cards (which do not carry the guide texts). */',
      `export const source: Source = ${JSON.stringify(guide.source, null, 2)};`,
      '',
    ].join('\n'),
  );
  // The quiz in a module of its own: the script-tag build loads it on demand, with the quiz view.
  writeFileSync(
    join(dirname(outTs), 'quiz.ts'),
    [
      '// Generated by scripts/build-content.mjs from content/quiz.yaml. Edit content/, not this file.',
      "import type { Labels, PathwayPlan, Quiz } from '../data/types.js';",
      '',
      `export const quiz: Quiz = ${JSON.stringify(dataset.quiz, null, 2)};`,
      '',
      "/** Each route's plan (the project's own guidance), by pathway id. */",
      `export const plans: Record<string, PathwayPlan> = ${JSON.stringify(
        Object.fromEntries(pathways.map((p) => [p.id, p.plan])),
        null,
        2,
      )};`,
      '',
      '/** The closing words of the guide, shown under the results. */',
      `export const closing: string = ${JSON.stringify(guide.closing)};`,
      '',
      "/** The quiz's own interface words, in English. */",
      `export const quizLabels: Partial<Labels> = ${JSON.stringify(
        pick(labels, (key) => QUIZ_LABEL_KEYS.includes(key)),
        null,
        2,
      )};`,
      '',
    ].join('\n'),
  );
  // The provider's words, with the provider's loading and checking code.
  writeFileSync(
    join(dirname(outTs), 'data-labels.ts'),
    [
      '// Generated by scripts/build-content.mjs from content/labels.yaml. Edit content/, not this file.',
      "import type { Labels } from '../data/types.js';",
      '',
      `export const dataLabels: Partial<Labels> = ${JSON.stringify(
        pick(labels, (key) => DATA_LABEL_KEYS.includes(key)),
        null,
        2,
      )};`,
      '',
    ].join('\n'),
  );
  // The English wording of the validator's messages, for translating them: loaded only with another language.
  writeFileSync(
    join(dirname(outTs), 'problem-labels.ts'),
    [
      '// Generated by scripts/build-content.mjs from content/labels.yaml. Edit content/, not this file.',
      '',
      `export const problemLabels = ${JSON.stringify(Object.fromEntries(PROBLEM_KEYS.map((key) => [key, labels[key]])), null, 2)} as const;`,
      '',
    ].join('\n'),
  );
  mkdirSync(dirname(outJson), { recursive: true });
  writeFileSync(outJson, `${JSON.stringify(dataset, null, 2)}\n`);

  buildLocales({ dataset, pathwayFiles }, validateDataset);
}

main().catch((error) => {
  if (!(error instanceof ContentError)) errors.push(error.stack ?? String(error));
  console.error(
    `Content error${errors.length > 1 ? 's' : ''} in ${shown(contentDir)}:\n${errors.map((e) => `  ${e}`).join('\n')}`,
  );
  process.exitCode = 1;
});
