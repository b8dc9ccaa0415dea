// Writes the benchmark's pages into bench/.site/: each scenario as static HTML, with pm-pathways, and with React 19.
import { build } from 'esbuild';
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const site = new URL('./.site/', import.meta.url).pathname;
const data = JSON.parse(readFileSync('dist/pathways.json', 'utf8'));
const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const scenarios = {
  'card-1': { count: 1 },
  'cards-7': { count: 7 },
  picker: { picker: true },
  'cards-200': { count: 200 },
};
export const implementations = ['static', 'lit', 'react'];

const prose = `<p>Nobody is born a product manager. The people I work with came from support desks,
lecture halls, startups and code reviews. Here is a map of the routes they took.</p>`;
const staticCard = (p) =>
  `<article class="card"><h3>${esc(p.title)}</h3><p class="summary">${esc(p.summary)}</p><ol class="steps">${p.steps
    .map(
      (s) =>
        `<li class="step"><span class="step-title">${esc(s.title)}</span><p class="step-body">${esc(s.body)}</p></li>`,
    )
    .join('')}</ol></article>`;
const pathwayAt = (i) => data.pathways[i % data.pathways.length];

function widgets(impl, { count, picker }) {
  if (impl === 'static') {
    if (picker)
      return `<div class="picker"><ul class="list" role="listbox" aria-label="Pathways">${data.pathways.map((p) => `<li class="option" role="option" aria-selected="false">${esc(p.title)}</li>`).join('')}</ul><p>Choose a path.</p></div>`;
    return Array.from({ length: count }, (_, i) => staticCard(pathwayAt(i))).join('\n');
  }
  if (impl === 'react') return `<div id="widgets" data-count="${count ?? 0}" data-picker="${!!picker}"></div>`;
  if (picker) return '<pm-pathway-picker></pm-pathway-picker>';
  return Array.from(
    { length: count },
    (_, i) => `<pm-pathway-card pathway="${pathwayAt(i).id}"></pm-pathway-card>`,
  ).join('\n');
}

const head = {
  static: '<link rel="stylesheet" href="static.css"><script type="module" src="ready-static.js"></script>',
  lit: `<style>pm-pathway-card:not(:defined) { display: block; min-height: 12rem; } pm-pathway-picker:not(:defined) { display: block; min-height: 30rem; }</style>
  <script type="module" src="pm-pathways.js"></script><script type="module" src="ready-lit.js"></script>`,
  react: '<link rel="stylesheet" href="static.css"><script type="module" src="react-cards.js"></script>',
};

export async function writeSite() {
  mkdirSync(site, { recursive: true });
  copyFileSync('dist/pm-pathways.js', join(site, 'pm-pathways.js'));
  cpSync('dist/chunks', join(site, 'chunks'), { recursive: true }); // what the script loads on demand (the quiz)
  copyFileSync(new URL('./static.css', import.meta.url), join(site, 'static.css'));
  // Ready = every widget rendered, then one frame.
  writeFileSync(
    join(site, 'ready-static.js'),
    'window.pmReady = new Promise((r) => requestAnimationFrame(() => r(performance.now())));\n',
  );
  writeFileSync(
    join(site, 'ready-lit.js'),
    `window.pmReady = (async () => {
  const els = [...document.querySelectorAll('pm-pathway-card, pm-pathway-picker')];
  await Promise.all(els.map((el) => el.updateComplete));
  await Promise.all(els.map((el) => el.shadowRoot.querySelector('pm-pathway-card')?.updateComplete));
  return new Promise((r) => requestAnimationFrame(() => r(performance.now())));
})();\n`,
  );
  await build({
    entryPoints: [new URL('./react-cards.jsx', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(site, 'react-cards.js'),
    logLevel: 'silent',
  });
  for (const [name, scenario] of Object.entries(scenarios)) {
    for (const impl of implementations) {
      writeFileSync(
        join(site, `${name}.${impl}.html`),
        `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} (${impl})</title>
<style>body { font: 1.125rem/1.7 Georgia, serif; max-width: 44rem; margin: 2rem auto; padding: 0 1.25rem; color: #22201c; }</style>
${head[impl]}
</head><body><h1>Seven ways into product management</h1>${prose}
${widgets(impl, scenario)}
<p>Thanks for reading.</p></body></html>
`,
      );
    }
  }
}
