import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, find, miniBrowser } from './scripts/browsers.mjs';

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

/** Test-only endpoints: /__delay/<ms>/<path> answers late, /__status/<code> fails. */
const faultyServer = async (ctx, next) => {
  const delay = /^\/__delay\/(\d+)(\/.*)$/.exec(ctx.path);
  if (delay) {
    await new Promise((resolve) => setTimeout(resolve, Number(delay[1])));
    ctx.url = delay[2];
  }
  const status = /^\/__status\/(\d+)$/.exec(ctx.path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.body = 'failed on purpose';
    return undefined;
  }
  return next();
};

export default {
  files: ['tests/**/*.test.ts', '!tests/node/**'],
  nodeResolve: true,
  middleware: [faultyServer],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tests/tsconfig.json' })],
  browsers: engines.map((engine) => launchers[engine]()),
  // WebDriver needs one test file at a time for keyboard input (sendKeys).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
