// `npm test` (everything CI runs) and `npm run test:quick` (no builds, Chromium only): each step timed.
//   node scripts/test.mjs [--quick]
// Content is compiled once, first. A failed compile or build stops the run; any other
// failing step is reported at the end, after the remaining steps have run.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, readdirSync } from 'node:fs';

const quick = process.argv.includes('--quick');
const npm = (script) => ['npm', 'run', '--silent', script];
const node = (...args) => [process.execPath, ...args];

// Node tests that read built output (dist/) wait for the full run.
const nodeTests = ['tests/node', 'tests/i18n']
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.test.mjs'))
      .map((name) => `${dir}/${name}`),
  )
  .sort();
const unitTests = nodeTests.filter((file) => !/\bdist\//.test(readFileSync(file, 'utf8')));

/** [name, command, { env, stops }]: `stops` ends the run when the step fails. */
const steps = quick
  ? [
      ['content', node('scripts/build-content.mjs'), { stops: true }],
      ['types', npm('types')],
      ['lint', npm('lint')],
      ['node unit tests', node('--test', '--test-reporter=spec', ...unitTests)],
      [
        'browser tests (Chromium, src/)',
        node('scripts/test-browsers.mjs'),
        { env: { PM_BROWSERS: 'chromium', PM_TIER: 'quick' } },
      ],
    ]
  : [
      ['content', node('scripts/build-content.mjs'), { stops: true }],
      ['types', npm('types')],
      ['lint', npm('lint')],
      ['build', npm('build:dist'), { stops: true }],
      ['API tables up to date', node('scripts/api-docs.mjs', '--check')],
      ['node tests', node('--test', '--test-reporter=spec', ...nodeTests)],
      ['embed pages and builder', node('--test', '--test-reporter=spec', 'tests/embed/')],
      ['WordPress plugin (PHP, and a real WordPress)', node('--test', '--test-reporter=spec', 'tests/wordpress/')],
      ['React test bundle', node('scripts/build-react-test.mjs')],
      ['server-rendered test pages', node('tests/ssr/render-pages.mjs')],
      ['browser tests', node('scripts/test-browsers.mjs')],
      ['docs check (Nu HTML checker, Lighthouse)', node('scripts/docs-check.mjs')],
      ['release check', npm('release:check')],
    ];

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);
const started = performance.now();
const failed = [];
const timings = [];
let current;
// Stopped by PID (not only by Ctrl+C, which reaches every process): stop the running step too.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    current?.kill(signal);
    process.exit(130);
  });
}
for (const [name, [command, ...args], { env = {}, stops = false } = {}] of steps) {
  console.log(`\n── ${name}`);
  const stepStarted = performance.now();
  const child = (current = spawn(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32' && command === 'npm',
  }));
  const [code, signal] = await once(child, 'exit');
  const ok = code === 0;
  console.log(`── ${name}: ${ok ? 'ok' : `FAILED (${signal ?? `exit ${code}`})`}, ${seconds(stepStarted)} s`);
  timings.push(`${name} ${seconds(stepStarted)} s${ok ? '' : ' (failed)'}`);
  if (!ok) failed.push(name);
  if (!ok && stops) break;
}

const tier = quick ? 'test:quick' : 'npm test';
console.log(`\n${timings.join(' · ')}`);
if (failed.length) {
  console.log(`\n${tier}: FAILED: ${failed.join(', ')} (${seconds(started)} s)`);
  process.exitCode = 1;
} else {
  console.log(`\n${tier}: all passed in ${seconds(started)} s`);
}
