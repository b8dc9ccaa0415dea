// Server-renders the pages the hydration tests load (tests/ssr/*.test.ts),
// into tests/.tmp/ssr/, through the built pm-pathways/ssr.js. Run after the build.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { renderToString, html, withDataset } from '../../dist/npm/ssr.js';

const out = 'tests/.tmp/ssr';
export const custom = {
  version: 1,
  pathways: [
    {
      id: 'side-project',
      title: 'Side project',
      summary: 'Build your own.',
      steps: [{ title: 'Ship it', body: 'Put it in front of users.' }],
    },
  ],
};

const elements = await renderToString(html`
  <pm-pathway-card id="card" pathway="formal-education" variant="compact"></pm-pathway-card>
  <pm-pathway-card id="checklist" pathway="technical-background" checklist></pm-pathway-card>
  <pm-pathway-picker id="picker" value="startup-experience"></pm-pathway-picker>
  <pm-pathway-picker id="quiz" view="quiz"></pm-pathway-picker>
  <pm-pathway-card id="french" lang="fr" pathway="formal-education"></pm-pathway-card>
  ${withDataset(custom, html`<pm-pathway-card id="inline" pathway="side-project"></pm-pathway-card>`)}
  <pm-pathway-data id="remote" src="/__delay/200/tests/.tmp/ssr/custom.json" .data=${custom}>
    <pm-pathway-card id="fetched" pathway="side-project"></pm-pathway-card>
  </pm-pathway-data>`);

// Records the page's console warnings and errors from the first moment, for the tests to read.
const recorder = `<script>window.pmLog = []; for (const level of ['warn', 'error']) { const original = console[level];
  console[level] = (...args) => { pmLog.push(args.join(' ')); original.apply(console, args); }; }
  addEventListener('error', (e) => pmLog.push(e.message)); addEventListener('unhandledrejection', (e) => pmLog.push(String(e.reason)));</script>`;
// Each element's first server-rendered node (not a <style>: see firstNode in helpers.ts), taken as parsing ends, before any module script runs: hydration must keep them.
const snapshot = `<script>window.pmServerNodes = new Map(); (function walk(root) { for (const el of root.querySelectorAll('*')) {
  if (el.localName.startsWith('pm-')) pmServerNodes.set(el, el.shadowRoot?.querySelector(':not(style)'));
  if (el.shadowRoot) walk(el.shadowRoot); } })(document);</script>`;
const page = (body, script = '<script type="module" src="/dist/pm-pathways.js"></script>') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title>${recorder}</head><body>${body}${snapshot}${script}</body></html>\n`;

mkdirSync(out, { recursive: true });
writeFileSync(`${out}/custom.json`, JSON.stringify(custom));
// The script tag after server-rendered elements, as a static site would have it.
writeFileSync(`${out}/hydrate.html`, page(elements));
// No script: the test adds it late, then inserts more server HTML.
writeFileSync(`${out}/late.html`, page(elements, ''));
// No server rendering at all: the hydration support must not be fetched.
writeFileSync(
  `${out}/plain.html`,
  page(
    '<pm-pathway-card id="card" pathway="formal-education"></pm-pathway-card><pm-pathway-picker id="picker"></pm-pathway-picker>',
  ),
);
// A bundler's order (Astro with a shared chunk): the elements run before
// pm-pathways/hydrate.js in one module graph. They must still hydrate in place.
writeFileSync(`${out}/shared-chunk.js`, "import '/dist/npm/index.js';\nimport '/dist/npm/hydrate.js';\n");
writeFileSync(`${out}/shared-chunk.html`, page(elements, '<script type="module" src="shared-chunk.js"></script>'));
// pm-pathways.js copied without the dist/chunks/ folder beside it: the hydration support cannot load.
mkdirSync(`${out}/alone`, { recursive: true });
copyFileSync('dist/pm-pathways.js', `${out}/alone/pm-pathways.js`);
writeFileSync(
  `${out}/alone.html`,
  page(
    await renderToString(
      html`<pm-pathway-card id="card" pathway="formal-education"></pm-pathway-card><pm-pathway-picker id="picker"></pm-pathway-picker>`,
    ),
    '<script type="module" src="alone/pm-pathways.js"></script>',
  ),
);
// Server HTML alone, for tests that insert it into a page.
writeFileSync(`${out}/fragment.html`, elements);
