// The browser tests: engines come from scripts/test-browsers.mjs (PM_BROWSERS), files from PM_TIER.
import { readdirSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, locate } from './scripts/browsers.mjs';
import { heapPlugin } from './tests/heap-plugin.mjs';
import { faultyServer } from './tests/server.mjs';

const engines = (process.env.PM_BROWSERS ?? 'chromium').split(',');
const webkit = locate('webkit');
// A loaded 2-core machine can take more than puppeteer's 30 s to open a test page in Firefox.
const slowMachine = 120000;
const createPage = async ({ context }) => {
  const page = await context.newPage();
  page.setDefaultNavigationTimeout(slowMachine);
  return page;
};
const launchers = {
  chromium: () =>
    chromeLauncher({
      createPage,
      launchOptions: { executablePath: locate('chromium').path, headless: true, args: chromiumArgs },
    }),
  // Firefox over WebDriver BiDi: puppeteer-core drives it, no geckodriver.
  firefox: () =>
    chromeLauncher({
      createPage,
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: locate('firefox').path, headless: true },
    }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.PM_WEBDRIVER_PORT),
      logLevel: 'error',
      capabilities: webkit.browser
        ? {
            browserName: 'MiniBrowser',
            'wdio:enforceWebDriverClassic': true,
            'webkitgtk:browserOptions': { binary: webkit.browser, args: ['--automation'] },
          }
        : { browserName: 'safari', 'wdio:enforceWebDriverClassic': true },
    }),
};

// The quick tier (PM_TIER=quick) leaves out tests of built output: those that read dist/,
// load a page that does (tests/hostile/page.ts), or were bundled into tests/.tmp/; and the
// lifecycle soak test (10,000 cycles per element: about 30 s alone, most of the browser time).
// tests/ssr/ loads pages server-rendered from the build (tests/ssr/render-pages.mjs).
const needsBuild = (file) =>
  file.startsWith('tests/ssr/') || /\bdist\/|from '\.\/page\.js'/.test(readFileSync(file, 'utf8'));
const soak = ['tests/hostile/lifecycle.test.ts'];
// Node tests and the consumer projects (with their own node_modules) are not browser tests.
const skip = new Set(['tests/node', 'tests/consumers', 'tests/.tmp']);
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory() ? (skip.has(path) ? [] : walk(path)) : [path];
  });
const all = walk('tests')
  .filter((path) => path.endsWith('.test.ts'))
  .sort();
const files =
  process.env.PM_TIER === 'quick'
    ? all.filter((file) => !needsBuild(file) && !soak.includes(file))
    : [...all, 'tests/.tmp/*.test.js'];

// On a terminal, the live progress bar; elsewhere (CI, logs) plain lines without escape codes.
const interactive = Boolean(process.stdout.isTTY) && !process.env.CI;

export default {
  files,
  nodeResolve: true,
  middleware: [faultyServer],
  // esnext: esbuild then leaves JavaScript files as they are (an ES2022 pass would strip the
  // `with { type: 'json' }` of dist/npm's translation imports) and compiles only the TypeScript.
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tests/tsconfig.json' }), heapPlugin()],
  // The fuzzer always runs its fixed seeds; PM_FUZZ_SEED=<seed> adds one to replay, PM_FUZZ_SEED=random a new one.
  testRunnerHtml: (framework) =>
    `<html><body><script>window.PM_FUZZ_SEED = ${JSON.stringify(process.env.PM_FUZZ_SEED ?? null)};</script><script type="module" src="${framework}"></script></body></html>`,
  browsers: engines.map((engine) => launchers[engine]()),
  // WebDriver needs one test file at a time for keyboard input (sendKeys).
  concurrency: 1,
  // axe-core's first run in Firefox can take over 10 s on a loaded 2-core machine.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 240000,
  browserStartTimeout: slowMachine,
  staticLogging: !interactive,
  // Lit's dev-mode notice; React's act() notice for events Lit dispatches after React's batch;
  // the lifecycle test's heap measurements (its assertions hold the limit).
  filterBrowserLogs: ({ args }) => !/Lit is in dev mode|not wrapped in act|heap after \d+ cycles/.test(String(args[0])),
};
