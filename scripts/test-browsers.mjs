// Runs the browser tests in every engine this machine has, naming those it skips.
//   node scripts/test-browsers.mjs [web-test-runner options, e.g. --files tests/x.test.ts]
//   PM_BROWSERS=chromium,firefox picks engines; PM_TIER=quick runs only the tests that need no build.
// With CI=true a missing engine is an error. WebKit runs through its WebDriver (WebKitWebDriver,
// or safaridriver on macOS); WebKitGTK needs a display, so an Xvfb is started when there is none.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { stripVTControlCharacters } from 'node:util';
import { engineNames, failureReader, locate } from './browsers.mjs';
import { freePort } from './static-server.mjs';

const wanted = (process.env.PM_BROWSERS ?? engineNames.join(','))
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = wanted.filter((engine) => !engineNames.includes(engine));
if (unknown.length) {
  console.error(`Unknown engine: ${unknown.join(', ')} (use ${engineNames.join(', ')})`);
  process.exit(1);
}
const located = Object.fromEntries(wanted.map((engine) => [engine, locate(engine)]));
const found = wanted.filter((engine) => located[engine].path);
const missing = wanted.filter((engine) => !located[engine].path);
if (missing.length) {
  const line = `Skipped, not found: ${missing.map((engine) => `${engine} (${located[engine].missing})`).join(', ')}. README, "Platforms", says how to install them.`;
  if (process.env.CI) {
    console.error(`${line}\nCI=true needs every engine.`);
    process.exit(1);
  }
  console.log(line);
}
if (!found.length) {
  console.error('No browser engine found.');
  process.exit(1);
}
console.log(`Engines: ${found.map((engine) => `${engine} (${located[engine].path})`).join(', ')}`);

const children = [];
const stop = () => {
  for (const child of children) child.kill();
};
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stop();
    process.exit(130);
  });
}

/** Waits until a WebDriver answers /status, or its process ends. */
async function driverReady(port, child) {
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let attempt = 0; attempt < 200 && !exited; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The WebKit WebDriver did not start on port ${port}.`);
}

/** Starts WebKit's WebDriver (and an Xvfb when there is no display) for `env`; returns the processes. */
async function startWebDriver(env) {
  const started = [];
  if (located.webkit.browser && !env.DISPLAY && process.platform === 'linux') {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(xvfb);
    started.push(xvfb);
    const [display] = await once(xvfb.stdio[3], 'data');
    env.DISPLAY = `:${String(display).trim()}`;
  }
  env.PM_WEBDRIVER_PORT = String(await freePort());
  // `-p <port>`: the one spelling WebKitWebDriver and safaridriver both accept.
  const driver = spawn(located.webkit.path, ['-p', env.PM_WEBDRIVER_PORT], { env, stdio: 'ignore' });
  children.push(driver);
  started.push(driver);
  await driverReady(env.PM_WEBDRIVER_PORT, driver);
  return started;
}

/**
 * Runs web-test-runner over `engines` with `args`. Off a terminal, its output is passed on line
 * by line without any escape code (the runner still writes log-update's cursor codes), and its
 * failures are read from it (see failureReader).
 */
async function run(engines, args) {
  const env = { ...process.env, PM_BROWSERS: engines.join(',') };
  const driver = engines.includes('webkit') ? await startWebDriver(env) : [];
  const tty = Boolean(process.stdout.isTTY);
  const runner = spawn(
    process.execPath,
    ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...args],
    {
      env: tty ? env : { ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: tty ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    },
  );
  const report = failureReader(engines);
  if (!tty) {
    for (const [from, to] of [
      [runner.stdout, process.stdout],
      [runner.stderr, process.stderr],
    ]) {
      let pending = '';
      let blank = false;
      const write = (line) => {
        const plain = stripVTControlCharacters(line).trimEnd();
        if (!plain && blank) return; // one blank line at most
        blank = !plain;
        to.write(`${plain}\n`);
        report.read(plain);
      };
      from.setEncoding('utf8');
      from.on('data', (chunk) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop();
        lines.forEach(write);
      });
      from.on('end', () => pending && write(pending));
    }
  }
  const [code] = await once(runner, 'close');
  for (const child of driver) child.kill();
  return { code: code ?? 1, report };
}

const first = await run(found, process.argv.slice(2));
let code = first.code;
// A file that failed only because a WebDriver request went unanswered (a CI run once saw
// WebKitGTK stall 300 s on the navigation to about:blank after a passing file) runs once more,
// alone, in that engine, with a fresh driver. Any failed test, or any other error, is final.
const { failures, failedTests } = first.report;
const retry =
  code !== 0 &&
  failedTests === 0 &&
  failures.length > 0 &&
  failures.every((f) => f.stalled && f.file && f.engines.length === 1 && engineNames.includes(f.engines[0]));
if (retry) {
  for (const engine of new Set(failures.map((f) => f.engines[0]))) {
    const files = [...new Set(failures.filter((f) => f.engines[0] === engine).map((f) => f.file))];
    const them = files.length === 1 ? 'it' : `these ${files.length}`;
    console.log(`\nThe ${engine} WebDriver stalled on ${files.join(', ')}: running ${them} again, in ${engine} alone.`);
    code = (await run([engine], ['--files', ...files])).code;
    if (code !== 0) break;
  }
}
stop();
process.exit(code);
