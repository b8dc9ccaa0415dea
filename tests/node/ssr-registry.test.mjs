// Server rendering in a process where others defined the element names first,
// as in Next.js, which renders client components (importing pm-pathways, so
// defining the elements with that copy's classes) in the same process as the
// server components that call pm-pathways/ssr.js. The first definition of a
// name wins; ssr.js must still render with its own classes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { customElements, HTMLElement } from '@lit-labs/ssr-dom-shim';

const custom = {
  version: 1,
  pathways: [
    {
      id: 'side-project',
      title: 'Side project',
      summary: 'Build your own.',
      steps: [{ title: 'Ship it', body: 'Now.' }],
    },
  ],
};
// Inside the repository, so the copy finds lit in its node_modules (one Lit, two copies of the elements).
mkdirSync(resolve('tests/.tmp'), { recursive: true });
const folder = mkdtempSync(resolve('tests/.tmp/other-copy-'));
let ssr;
const touched = [];

before(async () => {
  globalThis.customElements ??= customElements;
  // An unrelated class that touches the page as it connects, as a browser build would.
  globalThis.customElements.define(
    'pm-pathway-data',
    class extends HTMLElement {
      connectedCallback() {
        touched.push('document');
        return document.title;
      }
    },
  );
  // Another copy of the package, which takes the other two names.
  cpSync(resolve('dist/npm'), join(folder, 'npm'), { recursive: true });
  cpSync(resolve('dist/chunks'), join(folder, 'chunks'), { recursive: true });
  const copy = await import(pathToFileURL(join(folder, 'npm/index.js')).href);
  assert.equal(globalThis.customElements.get('pm-pathway-card'), copy.PathwayCard, 'the copy took the name');
  ssr = await import('../../dist/npm/ssr.js');
});
after(() => rmSync(folder, { recursive: true, force: true }));

test("ssr.js renders with its own classes whatever the registry holds: languages, the quiz, a provider's data", async () => {
  const { html, renderToString, withDataset } = ssr;
  const body = await renderToString(html`
    <pm-pathway-card lang="fr" pathway="formal-education"></pm-pathway-card>
    <pm-pathway-picker view="quiz"></pm-pathway-picker>
    ${withDataset(custom, html`<pm-pathway-card pathway="side-project"></pm-pathway-card>`)}`);
  assert.equal(
    body.match(/<template shadowroot/g)?.length,
    4,
    'four shadow roots: two cards, the picker, the provider',
  );
  assert.ok(body.includes('Formation académique'), 'the French title (the locale ssr.js loaded)');
  assert.match(body, /part="question"/, 'the quiz (the code ssr.js loaded)');
  assert.ok(body.includes('Side project'), "the provider's dataset");
  assert.doesNotMatch(body, /part="error"/);
  assert.deepEqual(touched, [], 'the unrelated class was not asked to render');
});

test('elements rendered through ssr.js add no attribute to their tags', async () => {
  const { html, renderToString } = ssr;
  const body = await renderToString(
    html`<pm-pathway-card pathway="formal-education"></pm-pathway-card><pm-pathway-picker></pm-pathway-picker>`,
  );
  assert.match(body, /<pm-pathway-card\s+pathway="formal-education"><template/);
  assert.match(body, /<pm-pathway-picker\s*><template/);
});
