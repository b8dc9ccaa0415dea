// Runs the browser tests in every engine this machine has, naming those it skips.
//   node scripts/test-browsers.mjs [web-test-runner options, e.g. --files tests/x.test.ts]
//   PM_BROWSERS=chromium,firefox picks engines; PM_TIER=quick runs only the tests that need no build.
// With CI=true a missing engine is an error. WebKit runs through its WebDriver (WebKitWebDriver,
// or safaridriver on macOS); WebKitGTK needs a display, so an Xvfb is started when there is none.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { stripVTControlCharacters } from 'node:util';
import { engineNames, locate } from './browsers.mjs';
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

const env = { ...process.env, PM_BROWSERS: found.join(',') };
if (found.includes('webkit')) {
  const driverPath = located.webkit.path;
  if (located.webkit.browser && !env.DISPLAY && process.platform === 'linux') {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(xvfb);
    const [display] = await once(xvfb.stdio[3], 'data');
    env.DISPLAY = `:${String(display).trim()}`;
  }
  env.PM_WEBDRIVER_PORT = String(await freePort());
  // `-p <port>`: the one spelling WebKitWebDriver and safaridriver both accept.
  const driver = spawn(driverPath, ['-p', env.PM_WEBDRIVER_PORT], { env, stdio: 'ignore' });
  children.push(driver);
  await driverReady(env.PM_WEBDRIVER_PORT, driver);
}

// Off a terminal, the runner still writes cursor-movement codes (log-update's clear):
// its output is passed on line by line without any escape code.
const tty = Boolean(process.stdout.isTTY);
const runner = spawn(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
  { env: tty ? env : { ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: tty ? 'inherit' : ['ignore', 'pipe', 'pipe'] },
);
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
stop();
process.exit(code ?? 1);
