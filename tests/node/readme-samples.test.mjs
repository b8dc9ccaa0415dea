// The README's code samples, as a newcomer copies them: every pathway id they
// name exists, Eleventy shortcodes are declared async (Nunjucks prints
// [object Promise] otherwise), and esbuild's --splitting is stated where
// bundlers are discussed. (The samples themselves are compiled and run by the
// consumer suite, tests/node/consumer.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const samples = [...readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map(([, lang, code]) => ({ lang, code }));
const ids = JSON.parse(readFileSync('dist/pathways.json', 'utf8')).pathways.map((p) => p.id);

test('every pathway id in a README sample is a real one', () => {
  const named = samples.flatMap(({ code }) =>
    [
      ...code.matchAll(/\bpathway=["'{]?([a-z][\w-]*)/g),
      ...code.matchAll(/\b(?:value|pathway)\s*=\s*['"]([a-z][\w-]*)['"]/g),
      ...code.matchAll(/\{%\s*\w+\s+"([a-z][\w-]*)"\s*%\}/g),
      ...code.matchAll(/\b(?:card|myCard)\('([a-z][\w-]*)'\)/g),
    ].map((m) => m[1]),
  );
  assert.ok(named.length >= 20, `the samples name pathways (${named.length} found)`);
  assert.deepEqual([...new Set(named.filter((id) => !ids.includes(id)))], [], `known ids: ${ids.join(', ')}`);
});

test("the README's Eleventy shortcodes are async, so Nunjucks awaits them", () => {
  const shortcodes = samples.flatMap(({ code }) => [...code.matchAll(/addShortcode\('(\w+)',\s*(async\s*)?\(/g)]);
  assert.ok(shortcodes.length >= 3, 'the README shows its shortcodes');
  assert.deepEqual(
    shortcodes.filter((m) => !m[2]).map((m) => m[1]),
    [],
  );
});

test('esbuild is shown with --splitting, and the README says why', () => {
  const esbuild = samples.filter(({ code }) => /^\s*(npx\s+)?esbuild\s/m.test(code));
  assert.ok(esbuild.length >= 1, 'an esbuild command');
  for (const { code } of esbuild) assert.match(code, /--splitting/);
  assert.match(readme, /esbuild needs\s+`--splitting`/);
});
