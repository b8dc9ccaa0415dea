// Runs the browser tests in every engine this machine has, naming those it
// skips. In CI (CI=true) a missing engine is an error. WebKit runs through
// WebKitWebDriver, which needs a display: an Xvfb is started when there is none.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { find } from './browsers.mjs';

const wanted = (process.env.PM_BROWSERS ?? 'chromium,firefox,webkit').split(',');
const found = wanted.filter((engine) => find(engine));
const missing = wanted.filter((engine) => !found.includes(engine));
if (missing.length) {
  const line = `Browser engines not found, skipped: ${missing.join(', ')} (Debian: apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb xauth)`;
  if (process.env.CI) { console.error(`${line}\nCI needs every engine.`); process.exit(1); }
  console.warn(line);
}
if (!found.length) { console.error('No browser engine found.'); process.exit(1); }

const children = [];
const stop = () => { for (const child of children) child.kill(); };
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stop(); process.exit(130); });

const freePort = () => new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
});

const env = { ...process.env, PM_BROWSERS: found.join(',') };
if (found.includes('webkit')) {
  if (!env.DISPLAY) {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    children.push(xvfb);
    const [display] = await once(xvfb.stdio[3], 'data');
    env.DISPLAY = `:${String(display).trim()}`;
  }
  env.PM_WEBDRIVER_PORT = String(await freePort());
  const driver = spawn('WebKitWebDriver', [`--port=${env.PM_WEBDRIVER_PORT}`], { env, stdio: 'ignore' });
  children.push(driver);
  await new Promise((resolve) => setTimeout(resolve, 500));
}

const runner = spawn('./node_modules/.bin/web-test-runner', ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], { env, stdio: 'inherit' });
const [code] = await once(runner, 'exit');
stop();
process.exit(code ?? 1);
