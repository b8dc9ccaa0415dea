// The embed builder (dist/site/builder.html) in Chromium: make a card in its own
// colours and words, then paste each of its three snippets into a blank page and
// check the widget there. The low-contrast warning comes before a copy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../../scripts/browsers.mjs';
import { check, click, fill, first, isVisible, isolatedPage, only } from '../page-helpers.mjs';
import { CDN, scriptSnippet, embedUrl } from '../../demo/builder/snippets.js';
import { serve } from './static-server.mjs';

let server;
let browser;
const snippets = {};

before(async () => {
  server = await serve('dist/site');
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const blank = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blank page</title><link rel="icon" href="data:,"></head><body><h1>My post</h1>${body}<p id="after">The rest of the post.</p></body></html>`;
/** A snippet as pasted into a page served beside the script, not the CDN. */
const local = (snippet) => snippet.replaceAll(CDN, `${server.base}pm-pathways.js`);

async function openPage(path, { javaScriptEnabled = true, permissions } = {}) {
  const page = await isolatedPage(browser, { width: 1000, height: 900, javaScript: javaScriptEnabled });
  const context = page.browserContext();
  // Browser.setPermission: with the older grant (overridePermissions) Chromium 156 still denied the clipboard.
  const grants = (permissions ?? []).map((name) => ({ permission: { name }, state: 'granted' }));
  if (grants.length) await context.setPermission(new URL(server.base).origin, ...grants);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Failed loads are reported with their address by the response listener below.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(server.base + path);
  return { page, errors, context };
}

/** Picks an option of a <select>, failing unless it was there to pick. */
async function select(page, selector, value) {
  assert.deepEqual(await (await page.waitForSelector(selector)).select(value), [value], `${selector}: ${value}`);
}
const textOf = async (page, selector) => (await only(page, selector)).evaluate((el) => el.textContent);
const valueOf = async (page, selector) => (await only(page, selector)).evaluate((el) => el.value);
/** The one element the accessibility tree has for an ARIA query (`::-p-aria(...)`), once it is there. */
async function onlyInTree(page, query) {
  await page.waitForSelector(query);
  const all = await page.$$(query);
  assert.equal(all.length, 1, `one element for ${query}, not ${all.length}`);
  return all[0];
}

test('the builder makes a card in its own colours and words, and gives three snippets', async () => {
  const { page, errors, context } = await openPage('builder.html');
  await page.waitForFunction(() => document.querySelector('#preview pm-pathway-card')?.shadowRoot?.querySelector('h3'));
  await select(page, 'select[name="pathway"]', 'startup-experience');
  await select(page, 'select[name="variant"]', 'compact');
  await check(await page.waitForSelector('input[name="checklist"]'));
  await fill(await only(page, 'input[name="--pm-color-accent"]'), '#0f6b5c');
  await check(await page.waitForSelector('input[name="kind"][value="ssr"]'));
  await page.waitForFunction(() => !document.getElementById('preview').hasAttribute('aria-busy'));
  snippets.ssrOriginalText = await valueOf(page, '#snippet-out');
  if (process.env.DEBUG_EMBED) writeFileSync('/tmp/pm-ssr-snippet.html', snippets.ssrOriginalText);
  await click(await page.waitForSelector('#text-editor summary'));
  const title = () => only(page, '*', { label: 'Title' });
  await fill(await title(), '');
  await page.waitForFunction(() => /Not valid yet/.test(document.getElementById('validation').textContent));
  assert.equal(await (await title()).evaluate((el) => el.getAttribute('aria-invalid')), 'true');
  await fill(await title(), 'Join a young company');
  await page.waitForFunction(() => document.getElementById('validation').textContent === 'The text is valid.');
  await page.waitForFunction(
    () =>
      document.querySelector('#preview pm-pathway-card')?.shadowRoot?.querySelector('h3')?.textContent ===
      'Join a young company',
  );
  await page.waitForFunction(() => !document.getElementById('preview').hasAttribute('aria-busy'));
  for (const kind of ['script', 'embed', 'ssr']) {
    await check(await page.waitForSelector(`input[name="kind"][value="${kind}"]`));
    snippets[kind] = await valueOf(page, '#snippet-out');
    if (kind === 'embed') assert.match(await textOf(page, '#snippet-note'), /cannot carry your edited text/);
  }
  assert.match(snippets.script, /<pm-pathway-data>/);
  assert.match(snippets.script, /"title":"Join a young company"/);
  assert.match(snippets.script, /--pm-color-accent: #0f6b5c;/);
  assert.match(snippets.embed, /embed\/card-startup-experience\.html\?accent=0f6b5c&variant=compact&checklist=1/);
  // The embed page shows the published text, so its iframe is titled as that page is.
  assert.match(snippets.embed, /<iframe [^>]*title="Startup experience – Seven ways into product management"/);
  assert.match(snippets.ssr, /<template shadowrootmode="open">/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the script-tag snippet works pasted into a blank page', async () => {
  server.pages.set('/script.html', blank(local(snippets.script)));
  const { page, errors, context } = await openPage('script.html');
  await page.waitForFunction(() => document.querySelector('pm-pathway-card')?.shadowRoot?.querySelector('h2'));
  const card = await only(page, 'pm-pathway-card');
  assert.equal(await card.evaluate((el) => el.shadowRoot.querySelector('h2').textContent), 'Join a young company');
  assert.equal(
    await card.evaluate((el) => getComputedStyle(el).getPropertyValue('--pm-color-accent').trim()),
    '#0f6b5c',
  );
  await click(await only(page, 'pm-pathway-card >>> button.disclosure'));
  await check(await first(page, 'pm-pathway-card >>> input[type="checkbox"]'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the embed snippet: its link opens the widget, its iframe follows the widget height', async () => {
  const link = snippets.embed.split('\n')[0];
  server.pages.set('/iframe.html', blank(snippets.embed.slice(snippets.embed.indexOf('<iframe'))));
  const { page, errors, context } = await openPage('iframe.html');
  const frame = await (await only(page, 'iframe')).contentFrame();
  const height = await frame.evaluate(async () => {
    const el = document.querySelector('pm-pathway-card');
    await customElements.whenDefined('pm-pathway-card');
    await el.updateComplete;
    return Math.ceil(document.body.getBoundingClientRect().height);
  });
  await page.waitForFunction(
    (h) => Math.round(document.querySelector('iframe').getBoundingClientRect().height) === h,
    {},
    height,
  );
  assert.equal(new URL(link).pathname, '/embed/card-startup-experience.html');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Opens a pasted server-rendered snippet with the script held back 500 ms; returns the layout shift once it is live. */
async function takeOver(path) {
  const { page, errors, context } = await openPage('favicon.svg');
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    if (!/\/pm-pathways\.js$/.test(request.url())) return request.continue();
    const body = readFileSync('dist/site/pm-pathways.js');
    await new Promise((r) => setTimeout(r, 500));
    await request.respond({
      status: 200,
      body,
      contentType: 'text/javascript',
      headers: { 'access-control-allow-origin': '*' },
    });
  });
  await page.goto(server.base + path);
  await page.waitForFunction(() =>
    document.querySelector('pm-pathway-card')?.shadowRoot?.querySelector('button.disclosure'),
  );
  const { shift, sources } = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        const sources = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            total += e.value;
            for (const s of e.sources)
              sources.push(
                `${s.node?.nodeName}.${s.node?.className} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`,
              );
          }
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ shift: total, sources })));
      }),
  );
  if (shift) console.log(`shift ${shift}: ${sources.join('; ')}`);
  return { page, errors, context, shift };
}

test('the server-rendered snippet reads without JavaScript, and the script takes over without a shift or a second copy', async () => {
  server.pages.set('/ssr.html', blank(local(snippets.ssrOriginalText)));
  // Without JavaScript: the finished card is there, styled, with its title.
  const off = await openPage('ssr.html', { javaScriptEnabled: false });
  assert.equal(await textOf(off.page, '.pm-prerendered >>> h2'), 'Startup experience');
  const staticBox = await (await only(off.page, 'pm-pathway-card')).boundingBox();
  if (process.env.DEBUG_EMBED) await off.page.screenshot({ path: '/tmp/pm-ssr-nojs.png', fullPage: true });
  assert.ok(staticBox.height > 100, 'the copy has the widget height');
  // A compact card's steps cannot open without a script, so the copy shows them.
  assert.equal(await isVisible(off.page, '.pm-prerendered >>> ol'), true);
  await off.context.close();

  const { page, errors, context, shift } = await takeOver('ssr.html');
  assert.equal(shift, 0);
  assert.equal(await isVisible(page, '.pm-prerendered'), false);
  // Only the live card is in the accessibility tree: the copy stepped aside.
  await click(await onlyInTree(page, '::-p-aria([name="Show the 3 steps"][role="button"])'));
  await check(await page.waitForSelector('::-p-aria([role="checkbox"])'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the server-rendered snippet with edited text carries the text, readable without JavaScript and live after', async () => {
  server.pages.set('/ssr-edited.html', blank(local(snippets.ssr)));
  const off = await openPage('ssr-edited.html', { javaScriptEnabled: false });
  assert.equal(await textOf(off.page, '.pm-prerendered >>> h2'), 'Join a young company');
  await off.context.close();
  const { page, errors, context, shift } = await takeOver('ssr-edited.html');
  // The card keeps its fallback (the pre-rendered copy) in view while the provider's code loads: no empty frame.
  assert.equal(shift, 0);
  assert.equal(
    await (await only(page, 'pm-pathway-card')).evaluate((el) => el.shadowRoot.querySelector('h2').textContent),
    'Join a young company',
  );
  assert.equal(await isVisible(page, '.pm-prerendered'), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an illegible colour pair is flagged, and the copy warns once before copying', async () => {
  const { page, errors, context } = await openPage('builder.html', {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.waitForFunction(() => document.querySelector('#preview pm-pathway-card')?.shadowRoot?.querySelector('h3'));
  await fill(await only(page, 'input[name="--pm-color-accent"]'), '#777777');
  await fill(await only(page, 'input[name="--pm-color-accent-contrast"]'), '#888888');
  await page.waitForFunction(() => !document.getElementById('preview').hasAttribute('aria-busy'));
  if (process.env.DEBUG_EMBED) console.log(await textOf(page, '#contrast'));
  await page.waitForFunction(() =>
    /⚠ Text on the accent: 1\.\d:1/.test(document.getElementById('contrast').textContent),
  );
  await click(await page.waitForSelector('#copy-snippet'));
  assert.match(await textOf(page, '#copy-status'), /Low contrast: text on the accent/);
  await click(await page.waitForSelector('#copy-snippet'));
  if (process.env.DEBUG_EMBED) console.log('after 2nd', await textOf(page, '#copy-status'));
  await page.waitForFunction(() => /Copied|Selected/.test(document.getElementById('copy-status').textContent));
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /<pm-pathway-card/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the embed snippet's iframe title is in the widget's language", async () => {
  const { page, errors, context } = await openPage('builder.html');
  await page.waitForFunction(() => document.querySelector('#preview pm-pathway-card')?.shadowRoot?.querySelector('h3'));
  await select(page, 'select[name="lang"]', 'de');
  await check(await page.waitForSelector('input[name="kind"][value="embed"]'));
  await page.waitForFunction(() => /lang=de/.test(document.getElementById('snippet-out').value));
  assert.match(
    await valueOf(page, '#snippet-out'),
    /<iframe [^>]*title="Interner Wechsel – Sieben Wege ins Produktmanagement"/,
  );
  await check(await page.waitForSelector('input[name="element"][value="picker"]'));
  await page.waitForFunction(() => /embed\/picker\.html/.test(document.getElementById('snippet-out').value));
  assert.match(await valueOf(page, '#snippet-out'), /<iframe [^>]*title="Sieben Wege ins Produktmanagement"/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('snippets are text, never markup from the choices', () => {
  const hostile = scriptSnippet({
    element: 'card',
    pathway: '"><script>alert(1)</script>',
    dataset: { title: '</script><script>alert(1)</script>' },
  });
  assert.doesNotMatch(hostile, /<script>alert/);
  assert.equal(
    new URL(embedUrl({ element: 'card', pathway: 'x', theme: 'dark' }, 'https://site.test/pm/')).href,
    'https://site.test/pm/embed/card-x.html?theme=dark',
  );
});
