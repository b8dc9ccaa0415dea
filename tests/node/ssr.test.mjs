// Server rendering: pm-pathways/ssr.js renders cards, a picker and a provider
// to HTML with declarative shadow DOM. Without JavaScript the page shows the
// full text; with it, the elements hydrate the server's nodes (the same node
// objects, not new ones) and become interactive.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { renderToString, html, datasetScript, withDataset } from '../../dist/npm/ssr.js';
import { launchChromium } from '../../scripts/browsers.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { click, firstIsVisible, isolatedPage, only } from '../page-helpers.mjs';

const custom = {
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
let server;
let base;
let browser;

before(async () => {
  const body = await renderToString(html`
    <pm-pathway-card id="card" pathway="formal-education" variant="compact"></pm-pathway-card>
    <pm-pathway-card id="checklist" pathway="technical-background" checklist></pm-pathway-card>
    <pm-pathway-picker id="picker" value="startup-experience"></pm-pathway-picker>
    <pm-pathway-data id="provider" .data=${custom}>${unsafeHTML(datasetScript(custom))}
      <pm-pathway-card id="custom" pathway="side-project"></pm-pathway-card>
    </pm-pathway-data>
    ${withDataset(JSON.stringify(custom), html`<pm-pathway-card id="from-json" pathway="side-project"></pm-pathway-card>`)}`);
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title></head><body>${body}</body></html>`;
  const client = (
    await build({
      stdin: { contents: "import './dist/npm/hydrate.js';", resolveDir: '.', loader: 'js' },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    })
  ).outputFiles[0].text;
  // The rendered page at every path but the client script.
  server = await startServer({
    handle: (url) =>
      url.pathname === '/client.js' ? { body: client, type: 'text/javascript; charset=utf-8' } : { body: page },
  });
  base = server.url;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the server HTML holds the full text in declarative shadow roots', async () => {
  const body = await renderToString(html`<pm-pathway-card pathway="technical-background"></pm-pathway-card>`);
  assert.match(body, /<template shadowroot="open" shadowrootmode="open">/);
  for (const text of ['Technical background', 'Practise the people side', 'Own a small feature', 'Find a mentor'])
    assert.ok(body.includes(text), text);
});

test('an element renders in its own lang on the server', async () => {
  const body = await renderToString(html`<pm-pathway-card lang="fr" pathway="formal-education"></pm-pathway-card>`);
  assert.match(body, /<article[^>]* lang="fr"/);
  assert.ok(body.includes('Formation académique'), 'the French title');
  // Set as a property, before it reflects to the attribute.
  const property = await renderToString(
    html`<pm-pathway-card .lang=${'ar'} pathway="formal-education"></pm-pathway-card>`,
  );
  assert.match(property, /<article[^>]* lang="ar" dir="rtl"/);
  const arabic = JSON.parse(readFileSync('dist/locales/ar.json', 'utf8')).pathways[1].title;
  assert.ok(property.includes(arabic), `the Arabic title "${arabic}"`);
});

test('only <input> tags lose checked="false": text, scripts and other elements keep it', async () => {
  const body = await renderToString(
    html`<p>a checked="false" b</p><my-toggle checked="false"></my-toggle><input type="radio" checked="true" />`,
  );
  assert.ok(body.includes('<p>a checked="false" b</p>'), body);
  assert.match(body, /<my-toggle checked="false">/);
  assert.match(body, /<input type="radio" checked \/>/);
});

test("a checklist's boxes are unticked in the server HTML: no checked attribute, which HTML reads as ticked", async () => {
  const body = await renderToString(html`<pm-pathway-card pathway="technical-background" checklist></pm-pathway-card>`);
  const boxes = body.match(/<input type="checkbox"[^>]*>/g);
  assert.equal(boxes?.length, 3);
  for (const box of boxes) assert.doesNotMatch(box, /\schecked\b/, box);
});

test('with JavaScript disabled, the page shows every pathway text, the picker card and the custom data', async () => {
  const page = await isolatedPage(browser, { javaScript: false });
  await page.goto(base);
  for (const text of [
    'Formal education',
    'Choose your programme',
    'Startup experience',
    'Get in near the product',
    'Show your impact',
    'Side project',
    'Ship it',
  ]) {
    assert.ok(await firstIsVisible(page, '*', { exactText: text }), text);
  }
  const boxes = await page.$$eval('#checklist >>> input[type=checkbox]', (inputs) => inputs.map((box) => box.checked));
  assert.deepEqual(boxes, [false, false, false], 'no step shows as done');
  await page.browserContext().close();
});

test('the script hydrates the server nodes without re-creating them, and they work', async () => {
  const page = await isolatedPage(browser);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(base);
  await page.evaluate(() => {
    const q = (id, selector) => document.getElementById(id).shadowRoot.querySelector(selector);
    window.before = {
      heading: q('card', 'h3'),
      button: q('card', 'button'),
      list: q('picker', '[role=listbox]'),
      inner: q('picker', 'pm-pathway-card').shadowRoot.querySelector('h3'),
      custom: q('custom', 'h3'),
      json: q('from-json', 'h3'),
      checklist: q('checklist', 'ol'),
    };
  });
  await page.addScriptTag({ url: `${base}client.js`, type: 'module' });
  const same = await page.evaluate(async () => {
    const ids = ['card', 'checklist', 'picker', 'provider', 'custom', 'from-json'];
    await Promise.all(ids.map((id) => customElements.whenDefined(document.getElementById(id).localName)));
    await Promise.all(ids.map((id) => document.getElementById(id).updateComplete));
    const q = (id, selector) => document.getElementById(id).shadowRoot.querySelector(selector);
    await q('picker', 'pm-pathway-card').updateComplete;
    return {
      heading: q('card', 'h3') === window.before.heading,
      button: q('card', 'button') === window.before.button,
      list: q('picker', '[role=listbox]') === window.before.list,
      inner: q('picker', 'pm-pathway-card').shadowRoot.querySelector('h3') === window.before.inner,
      custom: q('custom', 'h3') === window.before.custom,
      json: q('from-json', 'h3') === window.before.json && q('from-json', 'h3').textContent === 'Side project',
      checklist: q('checklist', 'ol') === window.before.checklist,
    };
  });
  assert.deepEqual(same, {
    heading: true,
    button: true,
    list: true,
    inner: true,
    custom: true,
    json: true,
    checklist: true,
  });

  await click(await only(page, '#card >>> button'));
  assert.equal(
    await page.evaluate(() => document.getElementById('card').shadowRoot.querySelector('[part=steps]').hidden),
    false,
  );
  await click((await page.$$('#picker >>> [role=option]'))[4]);
  assert.equal(
    await (await only(page, '#picker >>> pm-pathway-card >>> h3')).evaluate((h) => h.textContent),
    'Technical background',
  );
  assert.deepEqual(errors, []);
  await page.browserContext().close();
});
