// Compiles content/ (Markdown and YAML a writer edits) into typed data for the
// elements and into dist/pathways.json. A content error fails the build with
// the file, the field and what is wrong.
//   node scripts/build-content.mjs [--content DIR] [--out-ts FILE] [--out-json FILE]
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const contentDir = resolve(args.content ?? join(root, 'content'));
const outTs = resolve(args['out-ts'] ?? join(root, 'src/generated/dataset.ts'));
const outJson = resolve(args['out-json'] ?? join(root, 'dist/pathways.json'));

/** The pathway ids and their order are part of the public contract (SPEC). */
const PATHWAY_IDS = [
  'internal-transition', 'formal-education', 'startup-experience', 'certifications-bootcamps',
  'technical-background', 'networking-mentorship', 'freelance-consulting',
];
const STEPS_PER_PATHWAY = 3;

class ContentError extends Error {}
const errors = [];
const shown = (file) => relative(process.cwd(), file) || file;
const report = (file, field, message) => errors.push(`${shown(file)}: ${field}: ${message}`);

const read = (file) => {
  try { return readFileSync(file, 'utf8'); } catch { report(file, '(file)', 'cannot be read'); throw new ContentError(); }
};
const yaml = (file, source = read(file)) => {
  try { return parseYaml(source) ?? {}; } catch (error) { report(file, '(yaml)', error.message.split('\n')[0]); throw new ContentError(); }
};
const prose = (lines) => lines.join('\n').trim().split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');

/** Splits a Markdown file into its front matter, the prose before the first `##`, and `##` sections. */
function markdown(file) {
  const source = read(file).replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  if (!match) { report(file, '(front matter)', 'expected the file to start with a --- block holding id and title'); throw new ContentError(); }
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

function readGuide() {
  const file = join(contentDir, 'guide.md');
  const { meta, sections } = markdown(file);
  const section = (name) => {
    const found = sections.find((s) => s.title.toLowerCase() === name);
    if (!found) report(file, name, `expected a "## ${name[0].toUpperCase()}${name.slice(1)}" section`);
    return found?.body;
  };
  const source = meta.source ?? {};
  // YAML reads an unquoted 2024-05-19 as a Date: keep the ISO day.
  const date = source.date instanceof Date ? source.date.toISOString().slice(0, 10) : source.date;
  return { file, guide: { title: meta.title, intro: section('intro'), closing: section('closing'), source: { ...source, date } } };
}

function readPathways() {
  const dir = join(contentDir, 'pathways');
  const files = readdirSync(dir).filter((name) => name.endsWith('.md')).sort().map((name) => join(dir, name));
  const pathways = files.map((file) => {
    const { meta, lead, sections } = markdown(file);
    if (sections.length !== STEPS_PER_PATHWAY) {
      report(file, 'steps', `expected exactly ${STEPS_PER_PATHWAY} steps ("## Step title" headings), found ${sections.length}`);
    }
    return { id: meta.id, title: meta.title, summary: lead, steps: sections };
  });
  const ids = pathways.map((p) => p.id);
  if (ids.join() !== PATHWAY_IDS.join()) {
    report(dir, 'id', `expected the pathways ${PATHWAY_IDS.join(', ')} in that order (files sort by name), found ${ids.join(', ') || 'none'}`);
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
        else if (!Number.isInteger(weight) || weight < -4 || weight > 4 || weight === 0) report(file, field, 'expected a whole number from -4 to 4, not 0');
        else if (weight > 0 && !option?.reasons?.[id]) report(file, `questions[${i}].options[${j}].reasons.${id}`, 'a route this answer weights up needs its own reason');
      }
      for (const field of ['reasons', 'excludes']) {
        for (const id of Object.keys(option?.[field] ?? {})) {
          if (!PATHWAY_IDS.includes(id)) report(file, `questions[${i}].options[${j}].${field}.${id}`, `unknown pathway; known ids: ${PATHWAY_IDS.join(', ')}`);
        }
      }
    });
  });
  return { file, quiz };
}

/** Imports a module of src/ compiled on the fly, so the build checks with the browser's own validator. */
async function importTs(path) {
  const result = await build({ entryPoints: [join(root, path)], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

async function main() {
  const { validateDataset } = await importTs('src/data/validate.ts');
  const { LABEL_KEYS } = await importTs('src/data/labels.ts');

  const { file: guideFile, guide } = readGuide();
  const { files: pathwayFiles, pathways } = readPathways();
  const { file: quizFile, quiz } = readQuiz();
  const labelsFile = join(contentDir, 'labels.yaml');
  const labels = yaml(labelsFile);
  for (const key of LABEL_KEYS) if (!(key in labels)) report(labelsFile, key, 'missing label');

  const dataset = { version: 1, ...guide, pathways, quiz, labels };
  const result = validateDataset(dataset);
  if (!result.ok) {
    for (const { path, message } of result.problems) {
      const pathway = /^pathways\[(\d+)\]\.?(.*)$/.exec(path);
      if (pathway) report(pathwayFiles[Number(pathway[1])] ?? join(contentDir, 'pathways'), pathway[2] || '(file)', message);
      else if (path.startsWith('quiz.')) report(quizFile, path.slice(5), message);
      else if (path.startsWith('labels.')) report(labelsFile, path.slice(7), message);
      else report(guideFile, path, message);
    }
  }
  if (errors.length) throw new ContentError();

  // Separate exports, so a page with only cards does not carry the guide texts or the quiz.
  mkdirSync(dirname(outTs), { recursive: true });
  writeFileSync(outTs, [
    '// Generated by scripts/build-content.mjs from content/. Edit content/, not this file.',
    "import type { Dataset, Labels, Pathway, Source } from '../data/types.js';",
    '',
    `export const pathways: Pathway[] = ${JSON.stringify(pathways, null, 2)};`,
    '',
    `export const labels: Labels = ${JSON.stringify(labels, null, 2)};`,
    '',
    `export const guide: Pick<Dataset, 'title' | 'intro' | 'closing' | 'source'> = ${JSON.stringify(guide, null, 2)};`,
    '',
    '/** The credit alone, for cards (which do not carry the guide texts). */',
    `export const source: Source = ${JSON.stringify(guide.source, null, 2)};`,
    '',
  ].join('\n'));
  // The quiz in a module of its own: the script-tag build loads it on demand, with the quiz view.
  writeFileSync(join(dirname(outTs), 'quiz.ts'), [
    '// Generated by scripts/build-content.mjs from content/quiz.yaml. Edit content/, not this file.',
    "import type { Quiz } from '../data/types.js';",
    '',
    `export const quiz: Quiz = ${JSON.stringify(dataset.quiz, null, 2)};`,
    '',
  ].join('\n'));
  mkdirSync(dirname(outJson), { recursive: true });
  writeFileSync(outJson, `${JSON.stringify(dataset, null, 2)}\n`);
}

main().catch((error) => {
  if (!(error instanceof ContentError)) errors.push(error.stack ?? String(error));
  console.error(`Content error${errors.length > 1 ? 's' : ''} in ${shown(contentDir)}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
  process.exitCode = 1;
});
