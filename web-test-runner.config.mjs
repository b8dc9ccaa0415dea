import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, find, miniBrowser } from './scripts/browsers.mjs';
import { faultyServer } from './tests/server.mjs';
import { heapPlugin } from './tests/heap-plugin.mjs';

// scripts/test-browsers.mjs chooses the engines and starts WebKitWebDriver.
const engines = (process.env.PM_BROWSERS ?? 'chromium').split(',');
const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: find('chromium'), headless: true, args: chromiumArgs } }),
  firefox: () => chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: find('firefox'), headless: true },
  }),
  webkit: () => webdriverLauncher({
    hostname: '127.0.0.1',
    port: Number(process.env.PM_WEBDRIVER_PORT),
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    },
  }),
};

export default {
  files: ['tests/**/*.test.ts', 'tests/.tmp/*.test.js', '!tests/node/**'],
  nodeResolve: true,
  middleware: [faultyServer],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tests/tsconfig.json' }), heapPlugin()],
  // PM_FUZZ_SEED=<seed> npm test replays a fuzz run; CI uses a fixed seed, local runs a random one.
  testRunnerHtml: (framework) => `<html><body><script>window.PM_FUZZ_SEED = ${JSON.stringify(process.env.PM_FUZZ_SEED ?? (process.env.CI ? "20261126" : null))};</script><script type="module" src="${framework}"></script></body></html>`,
  browsers: engines.map((engine) => launchers[engine]()),
  // WebDriver needs one test file at a time for keyboard input (sendKeys).
  concurrency: 1,
  // axe-core's first run in Firefox can take over 10 s on a loaded 2-core machine.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 240000,
  // Lit's dev-mode notice, and React's act() notice for events Lit dispatches after React's batch.
  filterBrowserLogs: ({ args }) => !/Lit is in dev mode|not wrapped in act/.test(String(args[0])),
};
