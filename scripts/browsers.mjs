// Finds the browser engines on this machine (Linux, macOS, Windows) for the tests, benchmarks and screenshots.
//
// Order, per engine: an environment variable, the usual install locations and PATH,
// then browsers Playwright downloaded (~/.cache/ms-playwright or PLAYWRIGHT_BROWSERS_PATH).
//   chromium  CHROME_PATH     Chromium, Chrome or (Windows) Edge
//   firefox   FIREFOX_PATH    Firefox, driven over WebDriver BiDi (no geckodriver)
//   webkit    WEBKIT_DRIVER   a WebDriver for WebKit: WebKitWebDriver (Linux) or safaridriver (macOS)
//             MINIBROWSER_PATH  WebKitGTK's MiniBrowser, the browser WebKitWebDriver starts (Linux)
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export const engineNames = ['chromium', 'firefox', 'webkit'];

/** Flags for Chromium in tests: no sandbox (root in CI), and none of its background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// The runner's names for the engines, as its report prints them.
const reported = { Chrome: 'chromium', Firefox: 'firefox', MiniBrowser: 'webkit', Safari: 'webkit' };
// A WebDriver request that got no answer: the WebKit driver or browser stalled, no test failed.
const stalled = /WebDriverError: Request failed with error code (UND_ERR_\w+|ETIMEDOUT|ECONNRESET)/;

/**
 * Reads web-test-runner's static report line by line (no escape codes). `failures` holds each ❌
 * as { file, engines, stalled }: the test file it was reported under, the engines it failed in
 * (the report names them only when several run; `engines` is the run's) and whether it was a
 * WebDriver request left unanswered. `failedTests` is the sum of the engines' last "N failed".
 */
export function failureReader(engines) {
  const failures = [];
  const failed = {};
  let file = '';
  return {
    failures,
    get failedTests() {
      return Object.values(failed).reduce((sum, n) => sum + n, 0);
    },
    read(line) {
      file = /^(tests\/\S+\.test\.[jt]s):$/.exec(line)?.[1] ?? file;
      const progress = /^(\w+):\s+\|.*\|\s+\d+ passed, (\d+) failed/.exec(line);
      if (progress) failed[progress[1]] = Number(progress[2]);
      if (!line.includes('❌')) return;
      const named = /\(failed on ([\w, ]+)\)$/.exec(line)?.[1].split(', ');
      failures.push({
        file,
        engines: named ? named.map((name) => reported[name] ?? name) : engines,
        stalled: stalled.test(line),
      });
    },
  };
}

const apps = (name, exe) => [`/Applications/${name}.app/Contents/MacOS/${exe}`];
// Each browser in every Windows install folder before the next browser: Chrome anywhere beats Edge.
const windows = (env, ...tails) =>
  tails.flatMap((tail) =>
    ['PROGRAMFILES', 'PROGRAMFILES(X86)', 'LOCALAPPDATA'].filter((key) => env[key]).map((key) => join(env[key], tail)),
  );

/** Install locations by engine and platform, and command names to look up on PATH. */
function installed(engine, platform, env) {
  if (engine === 'chromium') {
    if (platform === 'darwin')
      return [
        ...apps('Google Chrome', 'Google Chrome'),
        ...apps('Chromium', 'Chromium'),
        ...apps('Microsoft Edge', 'Microsoft Edge'),
      ];
    if (platform === 'win32')
      return windows(
        env,
        'Google\\Chrome\\Application\\chrome.exe',
        'Chromium\\Application\\chrome.exe',
        'Microsoft\\Edge\\Application\\msedge.exe',
      );
    return ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];
  }
  if (engine === 'firefox') {
    if (platform === 'darwin') return apps('Firefox', 'firefox');
    if (platform === 'win32') return windows(env, 'Mozilla Firefox\\firefox.exe');
    return ['firefox-esr', 'firefox'];
  }
  if (platform === 'darwin') return ['/usr/bin/safaridriver'];
  if (platform === 'win32') return [];
  return ['WebKitWebDriver'];
}

const miniBrowsers = ['x86_64-linux-gnu', 'aarch64-linux-gnu']
  .flatMap((arch) => ['4.1', '4.0'].map((v) => `/usr/lib/${arch}/webkit2gtk-${v}/MiniBrowser`))
  .concat(['/usr/libexec/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.0/MiniBrowser']);

/** Playwright's Chromium builds (its Firefox and WebKit builds are patched ones our launchers cannot drive). */
function playwrightChromium({ env, platform, home, exists, list }) {
  const root =
    env.PLAYWRIGHT_BROWSERS_PATH ||
    (platform === 'darwin'
      ? join(home, 'Library/Caches/ms-playwright')
      : platform === 'win32'
        ? join(env.LOCALAPPDATA ?? join(home, 'AppData/Local'), 'ms-playwright')
        : join(home, '.cache/ms-playwright'));
  if (!exists(root)) return [];
  const builds = list(root)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
  const inside =
    platform === 'darwin'
      ? [
          'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
          'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
        ]
      : platform === 'win32'
        ? ['chrome-win64/chrome.exe', 'chrome-win/chrome.exe']
        : ['chrome-linux64/chrome', 'chrome-linux/chrome'];
  return builds.flatMap((build) => inside.map((tail) => join(root, build, tail)));
}

function onPath(name, { env, exists }) {
  if (name.includes('/') || name.includes('\\')) return exists(name) ? name : undefined;
  return (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name))
    .find(exists);
}

const variables = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH', webkit: 'WEBKIT_DRIVER' };

/**
 * Where an engine is and how it was found: `{ path, from }` (plus `browser`, the
 * MiniBrowser, for WebKitWebDriver), or `{ missing }` saying what was looked for.
 * Every input can be replaced, so the search can be tested for any platform.
 */
export function locate(
  engine,
  {
    env = process.env,
    platform = process.platform,
    home = homedir(),
    exists = existsSync,
    list = (dir) => readdirSync(dir),
  } = {},
) {
  const context = { env, platform, home, exists, list };
  const variable = variables[engine];
  let found;
  if (env[variable]) {
    if (!exists(env[variable])) return { missing: `${variable}=${env[variable]} does not exist` };
    found = { path: env[variable], from: variable };
  }
  found ??= installed(engine, platform, env)
    .map((name) => onPath(name, context))
    .filter(Boolean)
    .map((path) => ({ path, from: 'installed' }))[0];
  if (!found && engine === 'chromium')
    found = playwrightChromium(context)
      .filter(exists)
      .map((path) => ({ path, from: 'playwright' }))[0];
  if (!found) return { missing: `no ${engine} (set ${variable})` };
  if (engine === 'webkit' && !/safaridriver/i.test(found.path)) {
    const browser = env.MINIBROWSER_PATH || miniBrowsers.find(exists);
    if (!browser || !exists(browser))
      return { missing: `WebKitWebDriver found but no MiniBrowser (set MINIBROWSER_PATH)` };
    found.browser = browser;
  }
  return found;
}

/** Path of an engine's executable (for WebKit: its WebDriver), or undefined. */
export const find = (engine) => locate(engine).path;

/** The MiniBrowser WebKitWebDriver should start, when WebKit runs through WebKitGTK. */
export const miniBrowser = locate('webkit').browser;

/** Headless Chromium through puppeteer-core, for the Node tests, the benchmark and screenshots. */
export async function launchChromium(options = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { path, missing } = locate('chromium');
  if (!path) throw new Error(`These checks need Chromium: ${missing}.`);
  return puppeteer.launch({ executablePath: path, headless: true, args: chromiumArgs, ...options });
}
