// The published package as a user gets it: `npm pack`, installed into a
// throwaway project. Types under strict TypeScript, one copy of Lit in a
// bundle, and what each entry point defines, in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, find } from '../../scripts/browsers.mjs';

const root = resolve('.');
const project = mkdtempSync(join(tmpdir(), 'pm-consumer-'));
let packed;

before(() => {
  [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: root, encoding: 'utf8' }));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // What the README asks a React developer and an Eleventy blogger to install beside it.
  const beside = ['@lit-labs/ssr', 'react', 'react-dom', '@types/react', '@types/react-dom'].map((name) => `${name}@${JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(project, packed.filename), ...beside], { cwd: project, stdio: 'pipe' });
});
after(() => rmSync(project, { recursive: true, force: true }));

test('the tarball holds only what a user needs', () => {
  const files = packed.files.map((f) => f.path);
  const allowed = /^(dist\/npm\/|dist\/pm-pathways\.js$|dist\/chunks\/[\w-]+\.js$|dist\/locales\/[\w-]+\.json$|dist\/pathways\.json$|dist\/custom-elements\.json$|dist\/vscode\.html-custom-data\.json$|package\.json$|README\.md$|LICENSE$)/;
  assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
  for (const needed of ['dist/pm-pathways.js', 'dist/pathways.json', 'dist/custom-elements.json', 'dist/npm/index.js', 'dist/npm/index.d.ts',
    'dist/npm/pathway-card/define.js', 'dist/npm/pathway-card/define.d.ts', 'dist/npm/react/index.js']) {
    assert.ok(files.includes(needed), needed);
  }
});

test('types resolve under strict TypeScript', () => {
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2023', 'DOM'], types: [], noEmit: true, skipLibCheck: false },
    files: ['consumer.ts'],
  }));
  writeFileSync(join(project, 'consumer.ts'), `
import 'pm-pathways';
import { recommend } from 'pm-pathways/recommend.js';
import { validateDataset } from 'pm-pathways/validate.js';
import type { Dataset, PathwayCard, PathwayPicker } from 'pm-pathways';

const card: PathwayCard = document.createElement('pm-pathway-card');
card.pathway = 'formal-education';
card.variant = 'compact';
card.headingLevel = 2;
card.checklist = true;
// @ts-expect-error not a variant
card.variant = 'huge';
card.addEventListener('pm-step-toggle', (e) => { const step: number = e.detail.step; const done: boolean = e.detail.done; return [step, done]; });

const picker: PathwayPicker = document.createElement('pm-pathway-picker');
picker.value = 'startup-experience';
picker.view = 'quiz';
picker.syncUrl = true;
document.addEventListener('pm-pathway-change', (e) => { const p: string | null = e.detail.pathway; const s: 'list' | 'quiz' | 'url' = e.detail.source; return [p, s]; });
document.addEventListener('pm-quiz-complete', (e) => e.detail.ranking.map((r) => r.score.toFixed() + r.reasons.join() + e.detail.answers[r.pathway]));
document.addEventListener('pm-error', (e) => { const code: 'unknown-pathway' | 'invalid-data' | 'fetch-failed' = e.detail.code; return code; });

const data: Dataset = { version: 1, pathways: [{ id: 'x', title: 'X', summary: 'S', steps: [{ title: 'T', body: 'B' }] }] };
const provider = document.createElement('pm-pathway-data');
provider.data = data;
provider.src = '/pathways.json';
const checked = validateDataset(data);
if (checked.ok) recommend(checked.data, { q: 'o' });
// @ts-expect-error data must be a dataset
provider.data = 'not a dataset';
`);
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', project], { stdio: 'pipe' });
});

test('a React consumer type-checks against pm-pathways/react', () => {
  writeFileSync(join(project, 'tsconfig.react.json'), JSON.stringify({
    compilerOptions: { strict: true, target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2023', 'DOM'], jsx: 'react-jsx', types: [], noEmit: true },
    files: ['app.tsx'],
  }));
  writeFileSync(join(project, 'app.tsx'), `
import { useState } from 'react';
import { PathwayCard, PathwayPicker, PathwayData } from 'pm-pathways/react';
import type { Dataset } from 'pm-pathways';

export function App({ data }: { data: Dataset }) {
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <PathwayData data={data}>
      <PathwayPicker syncUrl value={chosen} onPmPathwayChange={(e) => setChosen(e.detail.pathway)}
        onPmQuizComplete={(e) => console.log(e.detail.ranking[0]?.score)} />
      <PathwayCard pathway="formal-education" checklist headingLevel={2} onPmStepToggle={(e) => console.log(e.detail.step + 1)} />
      {/* @ts-expect-error not a variant */}
      <PathwayCard pathway="x" variant="huge" />
    </PathwayData>
  );
}
`);
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(project, 'tsconfig.react.json')], { stdio: 'pipe' });
});

test('an Eleventy-style build renders a page through pm-pathways/ssr.js', () => {
  writeFileSync(join(project, 'render.mjs'), `
import { renderToString, html, datasetScript } from 'pm-pathways/ssr.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
const data = { version: 1, pathways: [{ id: 'side-project', title: 'Side project', summary: 'S.', steps: [{ title: 'Ship it', body: 'B.' }] }] };
const page = await renderToString(html\`
  <pm-pathway-card pathway="formal-education"></pm-pathway-card>
  <pm-pathway-data .data=\${data}>\${unsafeHTML(datasetScript(data))}<pm-pathway-card pathway="side-project"></pm-pathway-card></pm-pathway-data>\`);
console.log(page);
`);
  const page = execFileSync(process.execPath, ['render.mjs'], { cwd: project, encoding: 'utf8' });
  assert.match(page, /shadowrootmode="open"/);
  for (const text of ['Formal education', 'Enrol in the right programme', 'Side project', 'Ship it']) assert.ok(page.includes(text), text);
});

/** Bundles `source` the way a site's bundler would, from the installed package. */
async function bundle(source) {
  const out = await build({
    stdin: { contents: source, resolveDir: project, loader: 'js' },
    bundle: true, format: 'esm', minify: true, write: false, metafile: true, logLevel: 'silent',
  });
  return { code: out.outputFiles[0].text, inputs: Object.keys(out.metafile.inputs) };
}

test('a bundle holds exactly one copy of Lit, from the package dependencies', async () => {
  const { inputs } = await bundle("import 'pm-pathways/pathway-card.js'; import 'pm-pathways/pathway-picker.js'; import 'pm-pathways';");
  for (const module of ['lit-html/lit-html.js', '@lit/reactive-element/reactive-element.js', 'lit-element/lit-element.js']) {
    assert.equal(inputs.filter((i) => i.endsWith(`node_modules/${module}`)).length, 1, module);
  }
  assert.ok(inputs.every((i) => !i.includes('pm-pathways/dist/pm-pathways.js')), 'the npm entries do not pull in the script-tag bundle');
});

test('each entry defines its element (the picker also the card it shows), the package all', async () => {
  const browser = await chromium.launch({ executablePath: find('chromium'), args: chromiumArgs });
  try {
    const cases = [
      ["import 'pm-pathways/pathway-card.js';", ['pm-pathway-card']],
      ["import 'pm-pathways/pathway-data.js';", ['pm-pathway-data']],
      ["import 'pm-pathways/pathway-picker.js';", ['pm-pathway-card', 'pm-pathway-picker']],
      ["import 'pm-pathways';", ['pm-pathway-card', 'pm-pathway-data', 'pm-pathway-picker']],
    ];
    for (const [source, expected] of cases) {
      const { code } = await bundle(source);
      const page = await browser.newPage();
      await page.setContent('<!doctype html><body></body>');
      await page.addScriptTag({ content: code, type: 'module' });
      const defined = await page.evaluate(() => ['pm-pathway-card', 'pm-pathway-data', 'pm-pathway-picker'].filter((n) => customElements.get(n)));
      assert.deepEqual(defined, expected, source);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
