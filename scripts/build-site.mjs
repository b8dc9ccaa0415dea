// Builds the documentation site (the demo pages) into dist/site/, ready to
// host as is: the script-tag bundle beside the pages, and each page's
// <!-- api:TAG --> marker replaced by HTML tables from the Custom Elements Manifest.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const out = 'dist/site';
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

const esc = (text = '') => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Backticks in JSDoc become <code>, the rest is text. */
const prose = (text = '') => esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');
const table = (caption, head, rows) =>
  rows.length
    ? `<table><caption>${caption}</caption><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c, i) => `<td data-label="${head[i]}">${c}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : '';
const code = (text) => (text ? `<code>${esc(text)}</code>` : '');

function apiHtml(el) {
  const fields = new Map((el.members ?? []).map((m) => [m.name, m]));
  const attributes = (el.attributes ?? []).map((a) => {
    const field = fields.get(a.fieldName);
    fields.delete(a.fieldName);
    return [
      code(a.name),
      code(a.fieldName),
      code(a.type?.text),
      code(a.default ?? field?.default),
      prose(a.description ?? field?.description),
    ];
  });
  const properties = [...fields.values()]
    .filter((m) => m.kind === 'field')
    .map((m) => [code(m.name), code(m.type?.text), prose(m.description)]);
  return [
    table('Attributes and properties', ['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes),
    table('Properties without an attribute', ['Property', 'Type', 'Description'], properties),
    table(
      'Events',
      ['Event', 'Class', 'Description'],
      (el.events ?? []).map((e) => [code(e.name), code(e.type?.text), prose(e.description)]),
    ),
    table(
      'Slots',
      ['Slot', 'Description'],
      (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', prose(s.description)]),
    ),
    table(
      'CSS parts',
      ['Part', 'Description'],
      (el.cssParts ?? []).map((p) => [code(p.name), prose(p.description)]),
    ),
    table(
      'CSS custom properties',
      ['Property', 'Default', 'Description'],
      (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default), prose(p.description)]),
    ),
  ].join('\n');
}

const pages = [
  ['index.html', 'Demo post'],
  ['card.html', 'Card'],
  ['picker.html', 'Picker'],
  ['data.html', 'Your own data'],
  ['theming.html', 'Theming'],
  ['builder.html', 'Embed builder'],
  ['frameworks.html', 'Frameworks'],
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
  writeFileSync(join(out, file), page);
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
