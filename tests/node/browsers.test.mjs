// scripts/browsers.mjs: where each engine is looked for, on Linux, macOS and
// Windows, with a made-up file system (only Linux machines run these tests, so
// the other platforms are checked here by their paths, not by launching).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { failureReader, locate } from '../../scripts/browsers.mjs';

/** locate() on a machine that has exactly `files`. */
const on =
  (platform, files, env = {}, home = '/home/me') =>
  (engine) =>
    locate(engine, {
      platform,
      env,
      home,
      exists: (path) => files.some((file) => file === path || file.startsWith(`${path}/`)),
      list: (dir) => [
        ...new Set(files.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1).split('/')[0])),
      ],
    });

test('an environment variable wins over everything else', () => {
  const find = on('linux', ['/opt/chrome/chrome', '/usr/bin/chromium'], {
    CHROME_PATH: '/opt/chrome/chrome',
    PATH: '/usr/bin',
  });
  assert.deepEqual(find('chromium'), { path: '/opt/chrome/chrome', from: 'CHROME_PATH' });
});

test('an environment variable naming a missing file says so, rather than falling back quietly', () => {
  const find = on('linux', ['/usr/bin/firefox-esr'], { FIREFOX_PATH: '/nope/firefox', PATH: '/usr/bin' });
  assert.match(find('firefox').missing, /FIREFOX_PATH=\/nope\/firefox does not exist/);
});

test('Linux: Debian packages found on PATH, WebKit only with its MiniBrowser', () => {
  const files = ['/usr/bin/chromium', '/usr/bin/firefox-esr', '/usr/bin/WebKitWebDriver'];
  const find = on('linux', files, { PATH: '/usr/local/bin:/usr/bin' });
  assert.equal(find('chromium').path, '/usr/bin/chromium');
  assert.equal(find('firefox').path, '/usr/bin/firefox-esr');
  assert.match(find('webkit').missing, /MiniBrowser/);
  const withBrowser = on('linux', [...files, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'], {
    PATH: '/usr/bin',
  });
  assert.deepEqual(withBrowser('webkit'), {
    path: '/usr/bin/WebKitWebDriver',
    from: 'installed',
    browser: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  });
});

test('Linux: Playwright-downloaded Chromium, newest build first, also from PLAYWRIGHT_BROWSERS_PATH', () => {
  const cache = '/home/me/.cache/ms-playwright';
  const find = on(
    'linux',
    [
      `${cache}/chromium-1100/chrome-linux/chrome`,
      `${cache}/chromium-1200/chrome-linux64/chrome`,
      `${cache}/firefox-1400/firefox/firefox`,
    ],
    { PATH: '/usr/bin' },
  );
  assert.deepEqual(find('chromium'), { path: `${cache}/chromium-1200/chrome-linux64/chrome`, from: 'playwright' });
  assert.match(find('firefox').missing, /no firefox/, "Playwright's patched Firefox is not used");
  const custom = on('linux', ['/pw/chromium-9/chrome-linux64/chrome'], { PLAYWRIGHT_BROWSERS_PATH: '/pw' });
  assert.equal(custom('chromium').path, '/pw/chromium-9/chrome-linux64/chrome');
});

test('macOS: applications in /Applications, Safari through safaridriver', () => {
  const find = on('darwin', [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    '/usr/bin/safaridriver',
  ]);
  assert.equal(find('chromium').path, '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  assert.equal(find('firefox').path, '/Applications/Firefox.app/Contents/MacOS/firefox');
  assert.deepEqual(find('webkit'), { path: '/usr/bin/safaridriver', from: 'installed' });
});

test('Windows: Program Files and the user folder, Edge when there is no Chrome, no WebKit', () => {
  const env = {
    PROGRAMFILES: 'C:/Program Files',
    'PROGRAMFILES(X86)': 'C:/Program Files (x86)',
    LOCALAPPDATA: 'C:/Users/me/AppData/Local',
  };
  const edge = join('C:/Program Files (x86)', 'Microsoft\\Edge\\Application\\msedge.exe');
  const firefox = join('C:/Program Files', 'Mozilla Firefox\\firefox.exe');
  const find = on('win32', [edge, firefox], env);
  assert.equal(find('chromium').path, edge);
  assert.equal(find('firefox').path, firefox);
  assert.match(find('webkit').missing, /no webkit/);
  const chrome = join('C:/Users/me/AppData/Local', 'Google\\Chrome\\Application\\chrome.exe');
  assert.equal(on('win32', [edge, chrome], env)('chromium').path, chrome);
});

test('nothing installed: each engine is missing, naming its variable', () => {
  const find = on('linux', [], { PATH: '/usr/bin' });
  assert.match(find('chromium').missing, /CHROME_PATH/);
  assert.match(find('firefox').missing, /FIREFOX_PATH/);
  assert.match(find('webkit').missing, /WEBKIT_DRIVER/);
});

test('this machine: what the real search finds is an existing file', async () => {
  const { existsSync } = await import('node:fs');
  for (const engine of ['chromium', 'firefox', 'webkit']) {
    const { path, missing } = locate(engine);
    assert.ok(path ? existsSync(path) : missing, engine);
  }
});

/** failureReader() over a report, one line at a time. */
const readReport = (text, engines) => {
  const report = failureReader(engines);
  for (const line of text.split('\n')) report.read(line);
  return report;
};

// As a CI run printed it (three engines): WebKit's WebDriver stalled after a passing file.
const stalledReport = `MiniBrowser: |████▍                         | 7/47 test files | 28 passed, 0 failed

tests/hostile/twice-and-mixed.test.ts:

 ❌ Error: WebDriverError: Request failed with error code UND_ERR_HEADERS_TIMEOUT when running "url" with method "POST"  (failed on MiniBrowser)
    Error: WebDriverError: Request failed with error code UND_ERR_HEADERS_TIMEOUT when running "url" with method "POST"
        at async SessionManager.stopSession (/check/work/main/node_modules/@web/test-runner-webdriver/dist/SessionManager.js:59:9)

Chrome:      |██████████████████████████████| 47/47 test files | 337 passed, 0 failed
Firefox:     |██████████████████████████████| 47/47 test files | 337 passed, 0 failed
MiniBrowser: |██████████████████████████████| 47/47 test files | 337 passed, 0 failed`;

test('the report: a stalled WebDriver is told from a failed test', () => {
  const stalled = readReport(stalledReport, ['chromium', 'firefox', 'webkit']);
  assert.deepEqual(stalled.failures, [
    { file: 'tests/hostile/twice-and-mixed.test.ts', engines: ['webkit'], stalled: true },
  ]);
  assert.equal(stalled.failedTests, 0);

  // One engine: the report names none.
  const failed = readReport(
    `tests/x.test.ts:

 ❌ x > fails on purpose
      AssertionError: expected 1 to equal 2

Chrome: |██████████████████████████████| 1/1 test files | 0 passed, 1 failed`,
    ['chromium'],
  );
  assert.deepEqual(failed.failures, [{ file: 'tests/x.test.ts', engines: ['chromium'], stalled: false }]);
  assert.equal(failed.failedTests, 1);

  const both = readReport(
    `${stalledReport}

tests/y.test.ts:

 ❌ y > breaks (failed on Chrome, Firefox)
      AssertionError: expected 1 to equal 2

Chrome:      |██████████████████████████████| 47/47 test files | 336 passed, 1 failed
Firefox:     |██████████████████████████████| 47/47 test files | 336 passed, 1 failed`,
    ['chromium', 'firefox', 'webkit'],
  );
  assert.deepEqual(
    both.failures.map((f) => [f.file, f.engines, f.stalled]),
    [
      ['tests/hostile/twice-and-mixed.test.ts', ['webkit'], true],
      ['tests/y.test.ts', ['chromium', 'firefox'], false],
    ],
  );
  assert.equal(both.failedTests, 2);
});
