// `npm run release:check`: is the built package fit to publish? publint, the types of every
// export (attw, on the packed tarball), the tarball's contents, and the size budgets.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const shell = process.platform === 'win32';
const bin = (pkg, path) => join('node_modules', pkg, path);
const failures = [];

/** Runs a check, printing its output only when it fails or has something to say. */
function check(name, command, args) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    shell: shell && command === 'npm',
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  const ok = result.status === 0;
  console.log(`${ok ? 'ok' : 'FAILED'}: ${name}`);
  if (output && (!ok || /warn|suggestion/i.test(output))) console.log(output.replace(/^/gm, '  '));
  if (!ok) failures.push(name);
}

const folder = mkdtempSync(join(tmpdir(), 'pm-release-'));
try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', folder], {
      encoding: 'utf8',
      shell,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const tarball = join(folder, packed.filename);

  // What a user downloads: the built modules, their types and maps, the data and manifests; no sources, tests or tools.
  const files = packed.files.map((file) => file.path);
  const allowed =
    /^(dist\/npm\/.+\.(js|d\.ts)|dist\/pm-pathways\.js|dist\/chunks\/[^/]+\.js|dist\/locales\/[^/]+\.json|dist\/pathways\.json|dist\/custom-elements\.json|dist\/vscode\.html-custom-data\.json|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/;
  const unexpected = files.filter((file) => !allowed.test(file));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const exported = Object.values(pkg.exports)
    .flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))
    .map((path) => path.replace(/^\.\//, ''));
  const absent = ['README.md', 'LICENSE', ...exported].filter((file) => !files.includes(file));
  // What `npm install` downloads (npm's kB: 1,000 bytes); each translation ships once, as JSON.
  // Issue 20 brought it to 150 kB; issue 18's plans (a first action, milestones, signal, roles,
  // artefact and resources for every route and situation, in six languages) add about 46 kB.
  const packedBudget = 200_000;
  const contentsOk = !unexpected.length && !absent.length && packed.size <= packedBudget;
  console.log(
    `${contentsOk ? 'ok' : 'FAILED'}: tarball contents (${files.length} files, ${packed.size} B packed, budget ${packedBudget} B)`,
  );
  if (packed.size > packedBudget)
    console.log(`  the packed tarball is ${packed.size - packedBudget} B over its budget`);
  if (unexpected.length) console.log(`  not meant for users: ${unexpected.join(', ')}`);
  if (absent.length) console.log(`  missing, though package.json points at them: ${absent.join(', ')}`);
  if (!contentsOk) failures.push('tarball contents');

  check('publint', process.execPath, [bin('publint', 'src/cli.js'), '--strict', '.']);
  check('types of every export (attw --profile esm-only)', process.execPath, [
    bin('@arethetypeswrong/cli', 'dist/index.js'),
    tarball,
    '--profile',
    'esm-only',
    '--format',
    'table-flipped',
    '--no-emoji',
    '--no-color',
  ]);
  check('size budgets', process.execPath, ['scripts/size.mjs']);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

if (failures.length) {
  console.log(`release check FAILED: ${failures.join(', ')}`);
  process.exitCode = 1;
}
