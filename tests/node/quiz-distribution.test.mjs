// How the bundled quiz spreads its readers: for every combination of answers,
// which routes come out as the best fit. Printed so a content editor sees the
// effect of a weight change; the browser tests (tests/quiz/) hold the rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const compiled = await build({
  entryPoints: ['src/quiz/recommend.ts'],
  bundle: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const { recommend, bestFits } = await import(
  `data:text/javascript;base64,${Buffer.from(compiled.outputFiles[0].text).toString('base64')}`
);
const data = JSON.parse(readFileSync('dist/pathways.json', 'utf8'));

test('every route is the best fit for at least 3 % of answer combinations', () => {
  const { questions } = data.quiz;
  const combos = questions.reduce(
    (sets, q) => sets.flatMap((a) => q.options.map((o) => ({ ...a, [q.id]: o.id }))),
    [{}],
  );
  const best = Object.fromEntries(data.pathways.map((p) => [p.id, 0]));
  let ties = 0;
  for (const answers of combos) {
    const top = bestFits(recommend(data, answers));
    if (top.length > 1) ties++;
    for (const r of top) best[r.pathway]++;
  }
  const rows = data.pathways.map(
    (p) =>
      `  ${p.title.padEnd(30)} ${String(best[p.id]).padStart(5)}  ${((100 * best[p.id]) / combos.length).toFixed(1).padStart(5)} %`,
  );
  console.log(
    `Best fits over ${combos.length} answer combinations (a tie counts for each route in it; ${ties} ties, ${((100 * ties) / combos.length).toFixed(1)} %):\n${rows.join('\n')}`,
  );
  for (const p of data.pathways)
    assert.ok(best[p.id] / combos.length >= 0.03, `${p.id} is the best fit for only ${best[p.id]} of ${combos.length}`);
});
