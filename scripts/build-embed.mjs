// Builds the embed pages into dist/embed/: one page per pathway card and one for
// the picker, each with a static oEmbed JSON beside it, for hosts that take an
// iframe or a pasted link but no script (see README "Embed pages").
//   node scripts/build-embed.mjs            (PM_PUBLIC_URL: where dist/site/ is published)
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGS } from '../demo/embed/options.js';

const PROVIDER = 'pm-pathways';
const RUNTIME = ['embed.js', 'options.js', 'resize.js', 'embed.css'];
// A height that shows the whole widget at the oEmbed width when nobody listens for resize messages.
const SIZE = { card: { width: 600, height: 640 }, picker: { width: 720, height: 980 } };

const esc = (text = '') =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Scripts, styles and data come only from the site itself; the height messages need no network.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

/**
 * The page in each language its `?lang=` accepts, as `<link rel="alternate" hreflang>`:
 * embed.js takes the chosen language's title from there, so the titles are the translations' own words.
 */
const alternates = (titles, src) =>
  Object.entries(titles)
    .map(
      ([lang, title]) =>
        `\n  <link rel="alternate" hreflang="${esc(lang)}" href="${esc(`${src}?lang=${lang}`)}" title="${esc(title)}">`,
    )
    .join('');

function page({ title, titles, src, description, oembed, body }) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="${CSP}">
  <title>${esc(title)}</title>
  <meta name="description" content="${esc(description)}">
  <link rel="icon" href="../favicon.svg" type="image/svg+xml">
  <link rel="alternate" type="application/json+oembed" href="${esc(oembed)}" title="${esc(title)}">${alternates(titles, src)}
  <link rel="stylesheet" href="embed.css">
  <!-- embed.js first: it sets the options before the elements upgrade. -->
  <script type="module" src="embed.js"></script>
  <script type="module" src="../pm-pathways.js"></script>
</head>
<body>
  ${body}
</body>
</html>
`;
}

function oembedJson({ title, src, kind }) {
  const { width, height } = SIZE[kind];
  const html = `<iframe src="${esc(src)}" title="${esc(title)}" width="${width}" height="${height}" style="border:0;width:100%;max-width:${width}px" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`;
  return { version: '1.0', type: 'rich', title, provider_name: PROVIDER, html, width, height };
}

/**
 * Writes the embed pages.
 * @param {{ out?: string, base?: string, dataset?: object }} options
 *   base: the public address of the site root (dist/site/), ending in '/'.
 */
export function buildEmbed({
  out = 'dist/embed',
  base = process.env.PM_PUBLIC_URL ?? 'http://localhost:8000/',
  dataset,
} = {}) {
  const data = dataset ?? JSON.parse(readFileSync('dist/pathways.json', 'utf8'));
  const root = base.endsWith('/') ? base : `${base}/`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const file of RUNTIME) copyFileSync(join('demo/embed', file), join(out, file));

  // Every language an embed page accepts, in its own words (English: the dataset itself).
  const translations = Object.fromEntries(
    LANGS.map((lang) => {
      const file = `dist/locales/${lang}.json`;
      return [lang, lang !== 'en' && !dataset && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : data];
    }),
  );
  /** A page's title in each language, from that language's dataset (its guide title, and the pathway's title). */
  const titlesOf = (pathway) =>
    Object.fromEntries(
      Object.entries(translations).map(([lang, d]) => {
        const guide = d.title || data.title;
        const route = pathway && (d.pathways.find((p) => p.id === pathway)?.title ?? pathway);
        return [lang, route ? `${route} – ${guide}` : guide];
      }),
    );

  const write = (name, kind, titles, description, body) => {
    const src = `${root}embed/${name}.html`;
    const title = titles.en;
    writeFileSync(
      join(out, `${name}.html`),
      page({ title, titles, src, description, oembed: `${root}embed/${name}.json`, body }),
    );
    writeFileSync(join(out, `${name}.json`), `${JSON.stringify(oembedJson({ title, src, kind }), null, 2)}\n`);
  };

  for (const pathway of data.pathways) {
    const steps = pathway.steps.map((s) => `<li><strong>${esc(s.title)}</strong> ${esc(s.body)}</li>`).join('');
    write(
      `card-${pathway.id}`,
      'card',
      titlesOf(pathway.id),
      pathway.summary,
      `<pm-pathway-card pathway="${esc(pathway.id)}" heading-level="1">
    <h1 class="fallback-title">${esc(pathway.title)}</h1>
    <p>${esc(pathway.summary)}</p>
    <ol>${steps}</ol>
  </pm-pathway-card>`,
    );
  }
  const titles = data.pathways.map((p) => `<li>${esc(p.title)}</li>`).join('');
  write(
    'picker',
    'picker',
    titlesOf(),
    data.intro ?? data.title,
    `<pm-pathway-picker heading-level="2">
    <h1 class="fallback-title">${esc(data.title)}</h1>
    <ul>${titles}</ul>
  </pm-pathway-picker>`,
  );
  return data.pathways.map((p) => `card-${p.id}`).concat('picker');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) buildEmbed();
