// Builds the documentation site (the demo pages) into dist/site/, ready to
// host as is: the script-tag bundle beside the pages, and each page's
// <!-- api:TAG --> marker replaced by HTML tables from the Custom Elements Manifest.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { apiHtml, manifestElements } from './api-docs.mjs';

const out = 'dist/site';
const elements = manifestElements();

const pages = [
  ['index.html', 'Demo post'],
  ['card.html', 'Card'],
  ['picker.html', 'Picker'],
  ['data.html', 'Your own data'],
  ['theming.html', 'Theming'],
  ['builder.html', 'Embed builder'],
  ['frameworks.html', 'Frameworks'],
  ['wordpress.html', 'WordPress'],
];
const languages = [
  ['', 'Page language'],
  ['en', 'English'],
  ['es', 'Español'],
  ['fr', 'Français'],
  ['de', 'Deutsch'],
  ['pt-BR', 'Português (Brasil)'],
  ['ar', 'العربية'],
];
/** The documentation pages' shared navigation, with the current page marked. */
const nav = (current) => `<nav class="docs-nav" aria-label="Documentation">
    <strong>pm-pathways</strong>
    ${pages.map(([file, name]) => `<a href="${file}"${file === current ? ' aria-current="page"' : ''}>${name}</a>`).join('\n    ')}
    <label>Widget language <select id="docs-lang">${languages.map(([tag, name]) => `<option value="${tag}"${tag ? ` lang="${tag}"` : ''}>${name}</option>`).join('')}</select></label>
  </nav>
  <script type="module" src="docs.js"></script>`;

/**
 * Code samples scroll sideways on a narrow screen: each one is a named region in
 * the Tab order, so a keyboard can scroll it too (axe: scrollable-region-focusable),
 * named after the heading it sits under ("Code: React").
 */
function focusableCode(page) {
  let heading = '';
  return page.replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>|<pre>/g, (match, _level, text) => {
    if (match !== '<pre>') {
      heading = text
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      return match;
    }
    return `<pre tabindex="0" role="region" aria-label="Code: ${heading.replace(/"/g, '&quot;')}">`;
  });
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const entry of readdirSync('demo', { withFileTypes: true })) {
  const file = entry.name;
  if (entry.isDirectory()) {
    // demo/embed/ is the embed pages' runtime (build-embed.mjs copies it); demo/builder/ is the builder's.
    cpSync(join('demo', file), join(out, file), { recursive: true });
    continue;
  }
  if (!file.endsWith('.html')) {
    cpSync(join('demo', file), join(out, file));
    continue;
  }
  const page = readFileSync(join('demo', file), 'utf8')
    .replace('<!-- nav -->', nav(file))
    .replace(/<!-- api:([\w-]+) -->/g, (_, tag) => {
      const el = elements.find((e) => e.tagName === tag);
      if (!el) throw new Error(`demo/${file} names <${tag}>, which the manifest does not have`);
      return apiHtml(el);
    })
    // The pages link /dist/… and /demo/… while developing; the built site is flat. Only
    // attribute values are rewritten: a CDN address inside a code sample stays as written.
    .replace(/(src|href)="\/(?:dist|demo)\//g, '$1="');
  writeFileSync(join(out, file), focusableCode(page));
}
// The builder validates edited text with the package's own validator.
buildSync({
  entryPoints: ['src/data/validate.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  outfile: join(out, 'validate.js'),
  logLevel: 'error',
});
// The site is the whole deployable: the script, what it loads on demand, the data and the embed pages.
for (const item of ['pm-pathways.js', 'pathways.json', 'chunks', 'locales', 'embed']) {
  if (existsSync(join('dist', item))) cpSync(join('dist', item), join(out, item), { recursive: true });
}
