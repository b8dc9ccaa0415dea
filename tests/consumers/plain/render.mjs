// A plain page: pm-pathways/ssr.js output written into HTML by a build script,
// the package's dist/ copied beside it, and the script tag.
//   node render.mjs <output folder>
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { html, renderToString, withDataset } from 'pm-pathways/ssr.js';

const out = process.argv[2];
const custom = JSON.parse(readFileSync(new URL('../custom.json', import.meta.url), 'utf8'));
const body = await renderToString(html`
  <pm-pathway-card class="demo-card" pathway="formal-education" heading-level="2"></pm-pathway-card>
  <pm-pathway-picker class="demo-picker"></pm-pathway-picker>
  <p class="demo-chosen"></p>
  ${withDataset(custom, html`<pm-pathway-card class="demo-custom" pathway="internal-transition"></pm-pathway-card>`)}`);

mkdirSync(out, { recursive: true });
cpSync(new URL('../node_modules/pm-pathways/dist', import.meta.url), join(out, 'pm-pathways'), { recursive: true });
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Plain consumer</title></head>
<body>${body}
<script>document.addEventListener('pm-pathway-change', (e) => { document.querySelector(".demo-chosen").textContent = e.detail.pathway; });</script>
<script type="module" src="pm-pathways/pm-pathways.js"></script>
</body></html>
`,
);
