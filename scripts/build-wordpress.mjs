// Builds the WordPress plugin into dist/wordpress/: the folder pm-pathways/ (the PHP
// and block.json files from wordpress/, the script-tag build and its chunks, the
// editor script, the no-JavaScript fallback's words per language) and its zip.
//   node scripts/build-wordpress.mjs        (after the rest of the build: reads dist/)
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { zipSync } from 'fflate';

const SOURCE = 'wordpress';
// What the zip holds from wordpress/: the rest there (the editor's TypeScript, the
// coding-standard ruleset) is for building and checking the plugin, not for running it.
const SHIPPED = ['pm-pathways.php', 'uninstall.php', 'index.php', 'readme.txt', 'includes', 'blocks'];
const LANGUAGE_FILES = ['es', 'fr', 'de', 'pt-BR', 'ar'];
const RTL = new Set(['ar']);

/** The words the fallback prints, from one dataset: guide title and intro, labels, and each pathway. */
export function fallbackWords(dataset, lang) {
  const labels = dataset.labels ?? {};
  return {
    lang,
    dir: RTL.has(lang) ? 'rtl' : 'ltr',
    title: dataset.title,
    intro: dataset.intro ?? '',
    errorNoPathway: labels.errorNoPathway ?? 'No pathway is set. Choose one of: {ids}.',
    errorUnknownPathway: labels.errorUnknownPathway ?? 'There is no pathway “{id}”. Choose one of: {ids}.',
    pathways: Object.fromEntries(
      dataset.pathways.map((p) => [
        p.id,
        { title: p.title, summary: p.summary, steps: p.steps.map(({ title, body }) => ({ title, body })) },
      ]),
    ),
  };
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export function buildWordPress({ out = 'dist/wordpress' } = {}) {
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const plugin = join(out, 'pm-pathways');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(plugin, { recursive: true });

  for (const item of SHIPPED) cpSync(join(SOURCE, item), join(plugin, item), { recursive: true });

  // The script-tag build, served from the plugin's folder: the module, what it imports on
  // demand, and the translations its language chunks fetch (chunks/../locales/<lang>.json),
  // in a folder named after its own hash. No ?ver= query: the chunks import the script
  // by its bare address, and a second address would load a second copy. The folder's name
  // changes with the bytes instead, so an update never meets a stale cached copy.
  const script = createHash('sha256');
  const locales = files('dist/locales').filter((file) => file.endsWith('.json'));
  for (const file of ['dist/pm-pathways.js', ...files('dist/chunks'), ...locales].sort())
    script.update(readFileSync(file));
  const assetVersion = `${version}-${script.digest('hex').slice(0, 8)}`;
  const scriptDir = join(plugin, 'assets', assetVersion);
  mkdirSync(scriptDir, { recursive: true });
  cpSync('dist/pm-pathways.js', join(scriptDir, 'pm-pathways.js'));
  cpSync('dist/chunks', join(scriptDir, 'chunks'), { recursive: true });
  mkdirSync(join(scriptDir, 'locales'));
  for (const file of locales) cpSync(file, join(scriptDir, 'locales', relative('dist/locales', file)));
  buildSync({
    entryPoints: [join(SOURCE, 'editor/editor.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    outfile: join(plugin, 'assets/editor.js'),
    logLevel: 'error',
  });

  // The fallback's words, one file per language, read from the built datasets.
  mkdirSync(join(plugin, 'fallback'));
  const datasets = [['en', 'dist/pathways.json'], ...LANGUAGE_FILES.map((lang) => [lang, `dist/locales/${lang}.json`])];
  for (const [lang, file] of datasets) {
    const words = fallbackWords(JSON.parse(readFileSync(file, 'utf8')), lang);
    writeFileSync(join(plugin, 'fallback', `${lang}.json`), `${JSON.stringify(words, null, 1)}\n`);
  }

  // Versions: the plugin's is the package's; the script's folder is named after its bytes.
  for (const file of files(plugin).filter((f) => /\.(php|json|txt)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    if (text.includes('@VERSION@') || text.includes('@ASSET_VERSION@'))
      writeFileSync(file, text.replaceAll('@ASSET_VERSION@', assetVersion).replaceAll('@VERSION@', version));
  }

  // The licences: the package's, and Lit's (it is inside the script).
  const lit = ['node_modules/lit/LICENSE', 'node_modules/lit-html/LICENSE', 'node_modules/lit-element/LICENSE']
    .filter(existsSync)
    .slice(0, 1)
    .map((f) => `\n\nThe script includes Lit (https://lit.dev), under this licence:\n\n${readFileSync(f, 'utf8')}`);
  writeFileSync(join(plugin, 'LICENSE.txt'), readFileSync('LICENSE', 'utf8') + lit.join(''));

  const entries = Object.fromEntries(
    files(plugin)
      .sort()
      .map((file) => [
        relative(out, file).split('\\').join('/'),
        [readFileSync(file), { mtime: statSync(file).mtime }],
      ]),
  );
  const zip = join(out, 'pm-pathways.zip');
  mkdirSync(dirname(zip), { recursive: true });
  writeFileSync(zip, zipSync(entries, { level: 9 }));
  // The docs site's WordPress page offers the zip and shows the test's screenshots.
  if (existsSync('dist/site')) {
    cpSync(zip, 'dist/site/pm-pathways.zip');
    for (const shot of ['wordpress-editor.png', 'wordpress-post.png'])
      if (existsSync(join('docs', shot))) cpSync(join('docs', shot), join('dist/site', shot));
  }
  return zip;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) buildWordPress();
