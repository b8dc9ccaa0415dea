// Mutation probe: applies realistic bugs to src/ one at a time, runs the tests, and reports which the tests caught.
// Usage: node scripts/mutation-probe.mjs [--only id,id] [--list | --check] [-- <test command>]
// The default test command is `npm run test:quick` (else, on an older checkout, the bundle plus the Chromium browser tests).
// Every mutated file is restored afterwards, also on Ctrl-C; a run killed outright is undone by the next run.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BACKUP = `${root}.mutation-probe-backup.json`;

/** Each mutant is a bug a reviewer could plausibly miss: [find, replace] edits of one file. */
const MUTANTS = [
  // The four that once survived the whole suite.
  {
    id: 'provider-notice-as-html',
    file: 'src/pathway-data/pathway-data.ts',
    why: "the provider's error notice is rendered as HTML",
    edits: [
      [
        "import { LitElement, css, html, nothing, type PropertyValues } from 'lit';",
        "import { LitElement, css, html, nothing, type PropertyValues } from 'lit';\nimport { unsafeHTML } from 'lit/directives/unsafe-html.js';",
      ],
      ['>${this._error.message}</p>', '>${unsafeHTML(this._error.message)}</p>'],
    ],
  },
  {
    id: 'auto-theme-ignores-dark-os',
    file: 'src/shared/theme.styles.ts',
    why: 'theme="auto" with a dark OS preference shows light colours',
    edits: [[":host(:not([theme='light']))", ':host(:not([theme]))']],
  },
  {
    id: 'heading-level-1-falls-back',
    file: 'src/shared/heading.ts',
    why: 'heading-level="1" gives the default heading',
    edits: [['(level as number) >= 1 && (level as number) <= 6', '(level as number) > 1 && (level as number) <= 6']],
  },
  {
    id: 'typeahead-stays-on-match',
    file: 'src/pathway-picker/listbox-keys.ts',
    why: 'the same letter twice never moves past the first match',
    edits: [['for (let step = 1; step <= labels.length; step++)', 'for (let step = 0; step < labels.length; step++)']],
  },
  // Regressions and realistic slips.
  {
    id: 'symbol-expanded-crashes',
    file: 'src/pathway-card/pathway-card.ts',
    why: 'a Symbol in expanded reaches an attribute binding (fuzz seed 1896420559)',
    edits: [['const open = !compact || Boolean(this.expanded);', 'const open = !compact || this.expanded;']],
  },
  {
    id: 'checklist-event-dropped',
    file: 'src/pathway-card/pathway-card.ts',
    why: 'ticking a step fires no pm-step-toggle',
    edits: [['    this.dispatchEvent(new PmStepToggleEvent({ pathway: view.pathway.id, step, done }));\n', '']],
  },
  {
    id: 'progress-truthy',
    file: 'src/storage/progress-store.ts',
    why: 'any truthy stored value counts as done',
    edits: [['list[i] === true', '!!list[i]']],
  },
  {
    id: 'late-broken-response-reported',
    file: 'src/pathway-data/data-source.ts',
    why: 'a superseded response that is not JSON still reports an error',
    edits: [
      [
        "if (request === this.#request) this.#fail('invalid-data', 'errorNotJson', { src });",
        "this.#fail('invalid-data', 'errorNotJson', { src });",
      ],
    ],
  },
  {
    id: 'stale-response-wins',
    file: 'src/pathway-data/data-source.ts',
    why: 'an older response arriving last overwrites the newer data',
    edits: [
      [
        '    if (request !== this.#request) return;\n    this.#request = undefined;\n',
        '    this.#request = undefined;\n',
      ],
    ],
  },
  {
    id: 'no-abort-on-disconnect',
    file: 'src/pathway-data/pathway-data.ts',
    why: 'a removed provider leaves its fetch running',
    edits: [['    this.#loader?.stop();\n', '']],
  },
  {
    id: 'error-reported-every-render',
    file: 'src/shared/error-state.ts',
    why: 'an error warns and fires pm-error on every render',
    edits: [['  if (reported.get(host) === key) return;\n', '']],
  },
  {
    id: 'unsafe-url-scheme',
    file: 'src/shared/safe-url.ts',
    why: 'a blocklist lets javascript: links through',
    edits: [["return protocol === 'https:' || protocol === 'http:';", "return protocol !== 'data:';"]],
  },
  {
    id: 'id-pattern-unanchored',
    file: 'src/data/validate.ts',
    why: 'the id pattern lost its anchors',
    edits: [['const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;', 'const ID = /[a-z0-9]+(?:-[a-z0-9]+)*/;']],
  },
  {
    id: 'blank-text-accepted',
    file: 'src/data/validate.ts',
    why: 'text of only spaces passes validation',
    edits: [
      [
        "if (typeof v !== 'string' || !v.trim()) fail(path, 'expected a non-empty string');",
        "if (typeof v !== 'string' || !v) fail(path, 'expected a non-empty string');",
      ],
    ],
  },
  {
    id: 'arrow-keys-wrap',
    file: 'src/pathway-picker/listbox-keys.ts',
    why: 'ArrowDown on the last option wraps to the first',
    edits: [['return Math.min(current + 1, last);', 'return (current + 1) % labels.length;']],
  },
  {
    id: 'heading-clamp-off-by-one',
    file: 'src/shared/heading.ts',
    why: 'heading-level="7" gives an h6 instead of the default',
    edits: [['(level as number) >= 1 && (level as number) <= 6', '(level as number) >= 1 && (level as number) <= 7']],
  },
];

const args = process.argv.slice(2);
const dashes = args.indexOf('--');
const custom = dashes >= 0 ? args.slice(dashes + 1).join(' ') : '';
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1]?.split(',') ?? []) : undefined;
/** The mutated text of a mutant's file, or why it no longer applies (src/ changed under it). */
function mutate(mutant, text) {
  let mutated = text;
  for (const [find, replace] of mutant.edits) {
    if (!mutated.includes(find)) return { error: `"${find.slice(0, 60)}" is not in ${mutant.file} (update the probe)` };
    mutated = mutated.replace(find, replace);
  }
  return { mutated };
}
if (args.includes('--list') || args.includes('--check')) {
  let stale = 0;
  for (const m of MUTANTS) {
    const { error } = mutate(m, readFileSync(`${root}${m.file}`, 'utf8'));
    if (error) stale++;
    console.log(`${m.id.padEnd(32)} ${m.file}: ${m.why}${error ? `\n  STALE: ${error}` : ''}`);
  }
  process.exit(stale ? 1 : 0);
}

const scripts = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).scripts ?? {};
// Without a quick tier: the script-tag bundle (hostile pages load it) and the Chromium browser tests,
// less the 10,000-cycle lifecycle test, which only catches leaks and takes a minute.
const command =
  custom ||
  (scripts['test:quick']
    ? 'npm run test:quick --silent'
    : "./node_modules/.bin/rollup -c --silent && PM_BROWSERS=chromium node scripts/test-browsers.mjs --files 'tests/**/*.test.ts' '!tests/node/**' '!tests/hostile/lifecycle.test.ts'");

/** Puts back every file a previous run left mutated (a run killed with SIGKILL). */
function restoreBackup() {
  if (!existsSync(BACKUP)) return;
  const saved = JSON.parse(readFileSync(BACKUP, 'utf8'));
  for (const [file, text] of Object.entries(saved)) writeFileSync(`${root}${file}`, text);
  rmSync(BACKUP);
  console.log(`Restored ${Object.keys(saved).join(', ')} from an interrupted run.`);
}

let child;
let original; // { file, text } while a mutant is applied
function restore() {
  if (original) writeFileSync(`${root}${original.file}`, original.text);
  original = undefined;
  rmSync(BACKUP, { force: true });
}
function stop(signal) {
  if (child) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  restore();
  console.log(`\nStopped by ${signal}; src/ is restored.`);
  process.exit(130);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('exit', restore);

/** Runs the test command in its own process group, so a stop ends all of it. */
function run() {
  return new Promise((resolve) => {
    const started = Date.now();
    child = spawn(command, { cwd: root, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('exit', (code) => {
      child = undefined;
      resolve({ code, output, seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** The first failing test the runner names (web-test-runner marks it ❌, node:test "not ok"), else the last line. */
function firstFailure(output) {
  const lines = output
    // eslint-disable-next-line no-control-regex -- terminal escape codes in captured output
    .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => line.startsWith('❌') || line.startsWith('not ok')) ?? lines.at(-1) ?? '(no output)';
}

restoreBackup();
const chosen = MUTANTS.filter((m) => !only || only.includes(m.id));
console.log(`Mutation probe: ${chosen.length} mutants, test command: ${command}`);
const baseline = await run();
if (baseline.code !== 0) {
  console.error(
    `The tests fail without any mutant (exit ${baseline.code}); fix them first.\n${baseline.output.slice(-3000)}`,
  );
  process.exit(1);
}
console.log(`Baseline passes in ${baseline.seconds.toFixed(0)} s.`);

const survived = [];
for (const mutant of chosen) {
  const path = `${root}${mutant.file}`;
  const text = readFileSync(path, 'utf8');
  const { mutated, error } = mutate(mutant, text);
  if (error) {
    console.error(`${mutant.id}: cannot apply, ${error}`);
    process.exit(1);
  }
  original = { file: mutant.file, text };
  writeFileSync(BACKUP, JSON.stringify({ [mutant.file]: text }));
  writeFileSync(path, mutated);
  const result = await run();
  restore();
  const caught = result.code !== 0;
  if (!caught) survived.push(mutant);
  console.log(
    `${caught ? 'caught  ' : 'SURVIVED'} ${mutant.id.padEnd(32)} ${result.seconds.toFixed(0).padStart(4)} s  ${mutant.why}`,
  );
  if (caught) console.log(`         by: ${firstFailure(result.output)}`);
}
const caught = chosen.length - survived.length;
console.log(`\nScore: ${caught}/${chosen.length} caught (${Math.round((100 * caught) / chosen.length)}%).`);
if (survived.length) console.log(`Survivors, each a hole in the tests: ${survived.map((m) => m.id).join(', ')}`);
process.exit(survived.length ? 1 : 0);
