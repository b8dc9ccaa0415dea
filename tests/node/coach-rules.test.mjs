// The careers coach's rules (SPEC, "A careers coach signs the advice") over every
// combination of answers: the bundled content keeps them, and the check that the
// build runs finds each kind of breach, naming the answers and the rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { checkAdvice } from '../../scripts/coach-rules.mjs';

const load = async (path) => {
  const compiled = await build({ entryPoints: [path], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(compiled.outputFiles[0].text).toString('base64')}`);
};
const { recommend } = await load('src/quiz/recommend.ts');
const { plan } = await load('src/quiz/plan.ts');
const data = JSON.parse(readFileSync('dist/pathways.json', 'utf8'));
const check = (dataset) => checkAdvice(dataset, { recommend, plan });
/** A copy of the bundled data with one option changed. */
const changed = (question, option, change) => {
  const copy = structuredClone(data);
  change(copy.quiz.questions.find((q) => q.id === question).options.find((o) => o.id === option));
  return copy;
};

test('the bundled content keeps every rule, over all combinations', () => {
  const { breaches, stats } = check(data);
  const rows = Object.entries(stats.best).map(
    ([title, n]) =>
      `  ${title.padEnd(30)} ${String(n).padStart(5)}  ${((100 * n) / stats.combos).toFixed(1).padStart(5)} %`,
  );
  console.log(
    `Best fits over ${stats.combos} combinations (ties for first before the tie-break: ${stats.ties}, ${((100 * stats.ties) / stats.combos).toFixed(1)} %):\n${rows.join('\n')}`,
  );
  assert.deepEqual(breaches, []);
  assert.equal(stats.combos, 6 * 5 * 3 * 3 * 3 * 3);
});

test('a budget that adds to a route breaks rule 1', () => {
  const { breaches } = check(changed('budget', 'plenty', (o) => (o.weights['formal-education'] = 2)));
  assert.ok(breaches.some((b) => b.startsWith('rule 1: money and time are limits') && b.includes('budget=plenty')));
});

test('a product-team reader steered elsewhere breaks rule 2, naming the answers', () => {
  const { breaches } = check(changed('situation', 'product-team', (o) => (o.weights['freelance-consulting'] = 20)));
  const found = breaches.find((b) => b.startsWith('rule 2: a product team at work'));
  assert.match(found, /best fit is freelance-consulting — for situation=product-team, background=\w+/);
});

test('freelancing pushed on employees breaks rule 3', () => {
  const { breaches } = check(changed('independence', 'self', (o) => (o.weights['freelance-consulting'] = 10)));
  assert.ok(breaches.some((b) => b.startsWith('rule 3:')));
});

test('a reason that assumes a job the reader lacks, or overstates, breaks rule 4', () => {
  const { breaches } = check(
    changed('learning', 'doing', (o) => {
      o.reasons['startup-experience'] = 'You can try product work inside your current role first.';
      o.reasons['freelance-consulting'] = 'This is the quickest move there is.';
    }),
  );
  assert.ok(breaches.some((b) => b.includes('assumes a current employer') && b.includes('situation=student')));
  assert.ok(breaches.some((b) => b.startsWith('rule 4: a reason never overstates')));
});

test('a "not right now" reason that assumes what the reader lacks breaks rule 4', () => {
  const { breaches } = check(
    changed('situation', 'student', (o) => {
      o.excludes['technical-background'] =
        'It opens once you hold a technical job; until then your technical studies help elsewhere.';
    }),
  );
  const found = breaches.find((b) => b.includes('technical-background not right now assumes a technical background'));
  assert.match(found, /situation=student, background=(design|business|delivery|other)/);
});

test('one route for too many readers, or ties for first, break rule 5 and the tie limit', () => {
  const greedy = check(changed('independence', 'either', (o) => (o.weights['networking-mentorship'] = 30)));
  assert.ok(greedy.breaches.some((b) => b.startsWith('rule 5: no route is the best fit for more than a third')));
  const flat = structuredClone(data);
  for (const q of flat.quiz.questions) for (const o of q.options) o.weights = {};
  assert.ok(check(flat).breaches.some((b) => b.startsWith('rule ties for first stay under 5 %')));
});

test('the same first action for an employee and a student on one route is a breach', () => {
  const copy = structuredClone(data);
  delete copy.pathways.find((p) => p.id === 'startup-experience').plan.situations.student;
  assert.ok(
    check(copy).breaches.some((b) =>
      b.includes('startup-experience gives an employee and student the same first action'),
    ),
  );
});

test('the build fails on a breach, with the file, the rule and the answers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-coach-'));
  try {
    cpSync('content', dir, { recursive: true });
    rmSync(join(dir, 'locales'), { recursive: true });
    const quiz = join(dir, 'quiz.yaml');
    writeFileSync(
      quiz,
      readFileSync(quiz, 'utf8').replace(
        /(- id: plenty\n\s+label: [^\n]+\n\s+weights: )\{\}/,
        '$1{ formal-education: 3 }\n        reasons: { formal-education: "With money to spend, a programme is within reach." }',
      ),
    );
    let output = '';
    try {
      execFileSync(
        process.execPath,
        [
          'scripts/build-content.mjs',
          '--content',
          dir,
          '--out-ts',
          join(dir, 'out/dataset.ts'),
          '--out-json',
          join(dir, 'out/pathways.json'),
        ],
        { stdio: 'pipe', encoding: 'utf8' },
      );
    } catch (error) {
      output = error.stderr;
    }
    assert.match(
      output,
      /quiz\.yaml: advice: rule 1: money and time are limits, not attractions: adds 3 to formal-education — for budget=plenty/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
