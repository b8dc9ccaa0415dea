// The plugin's zip, as WordPress will unpack it: one folder pm-pathways/ with the
// main file, readme.txt, both block.json files, the script and its chunks, the
// fallback's words for every shipped language, and nothing meant for building.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ZIP = 'dist/wordpress/pm-pathways.zip';
const hasUnzip = (process.env.PATH ?? '').split(':').some((dir) => existsSync(`${dir}/unzip`));
const missing = [existsSync(ZIP) ? '' : `${ZIP} (run npm run build)`, hasUnzip ? '' : 'unzip'].filter(Boolean);
const skip = missing.length ? `Skipped, not found: ${missing.join(', ')}.` : false;
if (skip && process.env.CI) test('the plugin zip', () => assert.fail(`${skip}\nCI=true needs them.`));

test('the zip holds one plugin folder with what WordPress needs, and nothing else', { skip }, async () => {
  await run('unzip', ['-tq', ZIP]);
  const names = (await run('unzip', ['-Z1', ZIP])).stdout.trim().split('\n');
  assert.ok(
    names.every((name) => name.startsWith('pm-pathways/')),
    'one folder',
  );
  for (const name of [
    'pm-pathways.php',
    'uninstall.php',
    'readme.txt',
    'LICENSE.txt',
    'blocks/card/block.json',
    'blocks/picker/block.json',
    'assets/editor.js',
    ...['en', 'es', 'fr', 'de', 'pt-BR', 'ar'].map((lang) => `fallback/${lang}.json`),
  ])
    assert.ok(names.includes(`pm-pathways/${name}`), name);
  const script = names.filter((name) => /^pm-pathways\/assets\/[^/]+\/pm-pathways\.js$/.test(name));
  assert.equal(script.length, 1, 'the script, in its versioned folder');
  assert.ok(
    names.some((name) => name.startsWith(script[0].replace('pm-pathways.js', 'chunks/'))),
    'its chunks beside it',
  );
  // The language chunks fetch ../locales/<lang>.json from where they are served.
  for (const lang of ['es', 'fr', 'de', 'pt-BR', 'ar'])
    assert.ok(names.includes(script[0].replace('pm-pathways.js', `locales/${lang}.json`)), `locales/${lang}.json`);
  assert.deepEqual(
    names.filter((name) => /\.ts$|phpcs|tsconfig|\.map$/.test(name)),
    [],
    'no sources or build configuration',
  );
});

test('versions are filled in, and the header declares WordPress 6.1 and PHP 7.4', { skip }, async () => {
  const main = (await run('unzip', ['-p', ZIP, 'pm-pathways/pm-pathways.php'])).stdout;
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.match(main, new RegExp(`\\* Version:\\s+${version.replaceAll('.', '\\.')}\\n`));
  assert.match(main, /Requires at least: 6\.1\n/);
  assert.match(main, /Requires PHP:\s+7\.4\n/);
  const readme = (await run('unzip', ['-p', ZIP, 'pm-pathways/readme.txt'])).stdout;
  assert.match(readme, new RegExp(`Stable tag: ${version.replaceAll('.', '\\.')}\\n`));
  for (const name of ['pm-pathways/blocks/card/block.json', 'pm-pathways/includes/blocks.php'])
    assert.doesNotMatch((await run('unzip', ['-p', ZIP, name])).stdout, /@(ASSET_)?VERSION@/, name);
});
