// Prints the plan that readers get, as the picker's "Copy my plan" writes it,
// for a person to read as a careers coach would. After `npm run build`:
//   node scripts/print-plans.mjs [--lang fr] ANSWERS…
// ANSWERS are the option ids in question order, joined by dots, as in a link:
//   node scripts/print-plans.mjs student.engineering.none.months.doing.team product-team.business.none.little.people.team
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const at = args.indexOf('--lang');
const lang = at >= 0 ? args.splice(at, 2)[1] : 'en';
const readers = args.length ? args : ['student.engineering.none.months.doing.team'];

const compiled = await build({
  stdin: {
    contents: `export { plan } from './src/quiz/plan.ts';
      export { planDocument, planText } from './src/quiz/plan-document.ts';
      export { creditText } from './src/shared/credit.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node', // lit's server build: credit.ts imports it
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const { plan, planDocument, planText, creditText } = await import(
  `data:text/javascript;base64,${Buffer.from(compiled.outputFiles[0].text).toString('base64')}`
);
const data = JSON.parse(readFileSync(lang === 'en' ? 'dist/pathways.json' : `dist/locales/${lang}.json`, 'utf8'));
const ids = data.quiz.questions.map((q) => q.id);
for (const reader of readers) {
  const answers = Object.fromEntries(reader.split('.').map((option, i) => [ids[i], option]));
  const credit =
    `${creditText(data.labels, data.source, lang, data.labels.planCredit)} ${data.source.url ?? ''}`.trim();
  const doc = planDocument(plan(data, answers), data.pathways, data.labels, lang, credit, data.closing);
  console.log(`\n════ ${reader}\n`);
  console.log(planText(doc, () => []));
}
