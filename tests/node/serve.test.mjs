// `npm start`'s server: --port and PORT, one clear line when the port is busy,
// a clean stop on SIGINT and SIGTERM (the port is free again), and the shared
// static server's answers (files, folders, 404, nothing outside its root).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileFor, freePort, startServer } from '../../scripts/static-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'pm-serve-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
mkdirSync(join(root, 'docs'));
writeFileSync(join(root, 'docs', 'index.html'), 'docs home');
writeFileSync(join(root, 'app.js'), 'export {};');

/** Starts scripts/serve.mjs; resolves with the process and its first line of output. */
async function serve(args = [], env = {}) {
  const { PORT: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--root', root, ...args], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  const exited = once(child, 'exit');
  await Promise.race([once(child.stdout, 'data'), exited]);
  return { child, exited, output: () => ({ out, err }) };
}

/** Whether something accepts connections on the port. */
const listening = (port) =>
  fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );

for (const signal of ['SIGINT', 'SIGTERM']) {
  test(`--port serves the site, and ${signal} stops it and frees the port`, async () => {
    const port = await freePort();
    const { child, exited, output } = await serve(['--port', String(port), '--host', '127.0.0.1']);
    assert.match(output().out, new RegExp(`http://127\\.0\\.0\\.1:${port}/`));
    assert.equal(await (await fetch(`http://127.0.0.1:${port}/`)).text(), '<!doctype html><title>home</title>');
    process.kill(child.pid, signal);
    const [code] = await exited;
    assert.equal(code, 0);
    assert.equal(await listening(port), false);
    assert.equal(output().err, '');
  });
}

test('killing the process that started it (as npm start runs it) stops the server too', async () => {
  const port = await freePort();
  // A parent that starts the server, prints its PID and waits, as npm's shell does.
  const starter = `const c = require('node:child_process').spawn(process.execPath, ${JSON.stringify(['scripts/serve.mjs', '--root', root, '--port', String(port), '--host', '127.0.0.1'])}, { stdio: 'ignore' });
    console.log(c.pid); setInterval(() => {}, 60000);`;
  const parent = spawn(process.execPath, ['-e', starter], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await once(parent.stdout, 'data');
  const server = Number(String(line).trim());
  try {
    for (let i = 0; i < 100 && !(await listening(port)); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(await listening(port), true, 'the server started');
    process.kill(parent.pid, 'SIGKILL');
    let freed = false;
    for (let i = 0; i < 100 && !freed; i++) {
      freed = !(await listening(port));
      if (!freed) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(freed, true, 'the port is free once the parent is gone');
  } finally {
    try {
      process.kill(server, 'SIGKILL'); // only if the test failed and it is still running
    } catch {
      // Already gone, as it should be.
    }
  }
});

test('PORT is used when --port is not given', async () => {
  const port = await freePort();
  const { child, exited, output } = await serve(['--host', '127.0.0.1'], { PORT: String(port) });
  assert.match(output().out, new RegExp(`:${port}/`));
  child.kill('SIGTERM');
  await exited;
});

test('a busy port: one line saying so, no stack trace, exit code 1', async () => {
  const busy = await startServer();
  try {
    const { exited, output } = await serve(['--port', String(busy.port), '--host', '127.0.0.1']);
    const [code] = await exited;
    assert.equal(code, 1);
    const { err } = output();
    assert.match(err, new RegExp(`^Port ${busy.port} is busy: .*--port ${busy.port + 1}.*\\n$`));
    assert.equal(err.split('\n').filter(Boolean).length, 1);
  } finally {
    await busy.close();
  }
});

test('a bad port value is refused with a usage line', async () => {
  const { exited, output } = await serve(['--port', 'eighty']);
  const [code] = await exited;
  assert.equal(code, 2);
  assert.match(output().err, /Not a port number: eighty/);
});

test('the static server: files with their type, folders, 404, and nothing outside its root', async () => {
  const site = await startServer({ root });
  try {
    const js = await fetch(`${site.url}app.js`);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await (await fetch(`${site.url}docs/`)).text(), 'docs home');
    assert.equal((await fetch(`${site.url}missing.html`)).status, 404);
    assert.equal((await fetch(`${site.url}..%2f..%2fetc%2fpasswd`)).status, 404);
    assert.equal(fileFor(root, '/../../etc/passwd'), undefined);
    assert.equal(fileFor(root, '/%E0%A4%A'), undefined);
  } finally {
    await site.close();
  }
});

test('the static server: a handler answers, or holds a response back', async () => {
  const site = await startServer({
    root,
    handle: (url) => (url.pathname === '/hello' ? { body: 'hi', type: 'text/plain', delay: 1 } : undefined),
  });
  try {
    assert.equal(await (await fetch(`${site.url}hello`)).text(), 'hi');
    assert.equal((await fetch(`${site.url}app.js`)).status, 200);
  } finally {
    await site.close();
  }
});

test('the static server: headers for every response (404s too), and an answer’s own, override its defaults', async () => {
  const site = await startServer({
    root,
    headers: { 'Access-Control-Allow-Origin': '*' },
    handle: (url) =>
      url.pathname === '/cached.js'
        ? { file: join(root, 'app.js'), headers: { 'Cache-Control': 'max-age=60', 'x-answer': 'yes' } }
        : undefined,
  });
  try {
    for (const path of ['app.js', 'missing.html', 'cached.js'])
      assert.equal((await fetch(site.url + path)).headers.get('access-control-allow-origin'), '*', path);
    const plain = await fetch(`${site.url}app.js`);
    assert.equal(plain.headers.get('cache-control'), 'no-store');
    assert.equal(plain.headers.get('x-answer'), null);
    const cached = await fetch(`${site.url}cached.js`);
    assert.equal(cached.headers.get('cache-control'), 'max-age=60');
    assert.equal(cached.headers.get('x-answer'), 'yes');
    assert.equal(cached.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await cached.text(), 'export {};');
  } finally {
    await site.close();
  }
});
