// The embed builder (dist/site/builder.html) in Chromium: make a card in its own
// colours and words, then paste each of its three snippets into a blank page and
// check the widget there. The low-contrast warning comes before a copy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, find } from '../../scripts/browsers.mjs';
import { CDN, scriptSnippet, embedUrl } from '../../demo/builder/snippets.js';
import { serve } from './static-server.mjs';

let server;
let browser;
const snippets = {};

before(async () => {
  server = await serve('dist/site');
  browser = await chromium.launch({ executablePath: find('chromium'), args: chromiumArgs });
});
after(async () => { await browser?.close(); await server?.close(); });

const blank = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blank page</title><link rel="icon" href="data:,"></head><body><h1>My post</h1>${body}<p id="after">The rest of the post.</p></body></html>`;
/** A snippet as pasted into a page served beside the script, not the CDN. */
const local = (snippet) => snippet.replaceAll(CDN, `${server.base}pm-pathways.js`);

async function openPage(path, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Failed loads are reported with their address by the response listener below.
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(server.base + path);
  return { page, errors, context };
}

test('the builder makes a card in its own colours and words, and gives three snippets', async () => {
  const { page, errors, context } = await openPage('builder.html');
  await page.waitForFunction(() => document.querySelector('#preview pm-pathway-card')?.shadowRoot?.querySelector('h3'));
  await page.selectOption('select[name="pathway"]', 'startup-experience');
  await page.selectOption('select[name="variant"]', 'compact');
  await page.check('input[name="checklist"]');
  await page.locator('input[name="--pm-color-accent"]').fill('#0f6b5c');
  await page.check('input[name="kind"][value="ssr"]');
  await page.waitForFunction(() => !document.getElementById('preview').hasAttribute('aria-busy'));
  snippets.ssrOriginalText = await page.locator('#snippet-out').inputValue();
  if (process.env.DEBUG_EMBED) writeFileSync('/tmp/pm-ssr-snippet.html', snippets.ssrOriginalText);
  await page.click('#text-editor summary');
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('');
  await page.waitForFunction(() => /Not valid yet/.test(document.getElementById('validation').textContent));
  assert.equal(await title.getAttribute('aria-invalid'), 'true');
  await title.fill('Join a young company');
  await page.waitForFunction(() => document.getElementById('validation').textContent === 'The text is valid.');
  await page.waitForFunction(() => document.querySelector('#preview pm-pathway-card')?.shadowRoot?.querySelector('h3')?.textContent === 'Join a young company');
  await page.waitForFunction(() => !document.getElementById('preview').hasAttribute('aria-busy'));
  for (const kind of ['script', 'embed', 'ssr']) {
    await page.check(`input[name="kind"][value="${kind}"]`);
    snippets[kind] = await page.locator('#snippet-out').inputValue();
    if (kind === 'embed') assert.match(await page.locator('#snippet-note').textContent(), /cannot carry your edited text/);
  }
  assert.match(snippets.script, /<pm-pathway-data>/);
  assert.match(snippets.script, /"title":"Join a young company"/);
  assert.match(snippets.script, /--pm-color-accent: #0f6b5c;/);
  assert.match(snippets.embed, /embed\/card-startup-experience\.html\?accent=0f6b5c&variant=compact&checklist=1/);
  assert.match(snippets.embed, /<iframe [^>]*title="Join a young company: a way into product management"/);
  assert.match(snippets.ssr, /<template shadowrootmode="open">/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the script-tag snippet works pasted into a blank page', async () => {
  server.pages.set('/script.html', blank(local(snippets.script)));
  const { page, errors, context } = await openPage('script.html');
  const card = page.locator('pm-pathway-card');
  await page.waitForFunction(() => document.querySelector('pm-pathway-card')?.shadowRoot?.querySelector('h2'));
  assert.equal(await card.evaluate((el) => el.shadowRoot.querySelector('h2').textContent), 'Join a young company');
  assert.equal(await card.evaluate((el) => getComputedStyle(el).getPropertyValue('--pm-color-accent').trim()), '#0f6b5c');
  await card.locator('button.disclosure').click();
  await card.locator('input[type="checkbox"]').first().check();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the embed snippet: its link opens the widget, its iframe follows the widget height', async () => {
  const link = snippets.embed.split('\n')[0];
  server.pages.set('/iframe.html', blank(snippets.embed.slice(snippets.embed.indexOf('<iframe'))));
  const { page, errors, context } = await openPage('iframe.html');
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  const height = await frame.evaluate(async () => {
    const el = document.querySelector('pm-pathway-card');
    await customElements.whenDefined('pm-pathway-card');
    await el.updateComplete;
    return Math.ceil(document.body.getBoundingClientRect().height);
  });
  await page.waitForFunction((h) => Math.round(document.querySelector('iframe').getBoundingClientRect().height) === h, height);
  assert.equal(new URL(link).pathname, '/embed/card-startup-experience.html');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Opens a pasted server-rendered snippet with the script held back 500 ms; returns the layout shift once it is live. */
async function takeOver(path) {
  const { page, errors, context } = await openPage('favicon.svg');
  await page.route('**/pm-pathways.js', async (route) => {
    const body = readFileSync('dist/site/pm-pathways.js');
    await new Promise((r) => setTimeout(r, 500));
    await route.fulfill({ body, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' } });
  });
  await page.goto(server.base + path);
  await page.waitForFunction(() => document.querySelector('pm-pathway-card')?.shadowRoot?.querySelector('button.disclosure'));
  const { shift, sources } = await page.evaluate(() => new Promise((resolve) => {
    let total = 0;
    const sources = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        total += e.value;
        for (const s of e.sources) sources.push(`${s.node?.nodeName}.${s.node?.className} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    requestAnimationFrame(() => requestAnimationFrame(() => resolve({ shift: total, sources })));
  }));
  if (shift) console.log(`shift ${shift}: ${sources.join('; ')}`);
  return { page, errors, context, shift };
}

test('the server-rendered snippet reads without JavaScript, and the script takes over without a shift or a second copy', async () => {
  server.pages.set('/ssr.html', blank(local(snippets.ssrOriginalText)));
  // Without JavaScript: the finished card is there, styled, with its title.
  const off = await openPage('ssr.html', { javaScriptEnabled: false });
  assert.equal(await off.page.locator('.pm-prerendered h2').textContent(), 'Startup experience');
  const staticBox = await off.page.locator('pm-pathway-card').boundingBox();
  if (process.env.DEBUG_EMBED) await off.page.screenshot({ path: '/tmp/pm-ssr-nojs.png', fullPage: true });
  assert.ok(staticBox.height > 100, 'the copy has the widget height');
  // A compact card's steps cannot open without a script, so the copy shows them.
  assert.equal(await off.page.locator('.pm-prerendered ol').isVisible(), true);
  await off.context.close();

  const { page, errors, context, shift } = await takeOver('ssr.html');
  assert.equal(shift, 0);
  assert.equal(await page.locator('.pm-prerendered').isVisible(), false);
  // Only the live card is in the accessibility tree: the copy stepped aside.
  await page.getByRole('button', { name: 'Show the 3 steps' }).click();
  await page.getByRole('checkbox').first().check();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the server-rendered snippet with edited text carries the text, readable without JavaScript and live after', async () => {
  server.pages.set('/ssr-edited.html', blank(local(snippets.ssr)));
  const off = await openPage('ssr-edited.html', { javaScriptEnabled: false });
  assert.equal(await off.page.locator('.pm-prerendered h2').textContent(), 'Join a young company');
  await off.context.close();
  const { page, errors, context, shift } = await takeOver('ssr-edited.html');
  // Known gap, reported: a card in <pm-pathway-data> draws empty while the validator chunk loads.
  console.log(`layout shift with edited text: ${shift.toFixed(4)}; errors: ${errors.join(' | ')}`);
  assert.equal(await page.locator('pm-pathway-card').evaluate((el) => el.shadowRoot.querySelector('h2').textContent), 'Join a young company');
  assert.equal(await page.locator('.pm-prerendered').isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an illegible colour pair is flagged, and the copy warns once before copying', async () => {
  const { page, errors, context } = await openPage('builder.html', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.waitForFunction(() => document.querySelector('#preview pm-pathway-card')?.shadowRoot?.querySelector('h3'));
  await page.locator('input[name="--pm-color-accent"]').fill('#777777');
  await page.locator('input[name="--pm-color-accent-contrast"]').fill('#888888');
  await page.waitForFunction(() => !document.getElementById('preview').hasAttribute('aria-busy'));
  if (process.env.DEBUG_EMBED) console.log(await page.locator('#contrast').textContent());
  await page.waitForFunction(() => /⚠ Text on the accent: 1\.\d:1/.test(document.getElementById('contrast').textContent));
  await page.click('#copy-snippet');
  assert.match(await page.locator('#copy-status').textContent(), /Low contrast: text on the accent/);
  await page.click('#copy-snippet');
  if (process.env.DEBUG_EMBED) console.log('after 2nd', await page.locator('#copy-status').textContent());
  await page.waitForFunction(() => /Copied|Selected/.test(document.getElementById('copy-status').textContent));
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /<pm-pathway-card/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('snippets are text, never markup from the choices', () => {
  const hostile = scriptSnippet({ element: 'card', pathway: '"><script>alert(1)</script>', dataset: { title: '</script><script>alert(1)</script>' } });
  assert.doesNotMatch(hostile, /<script>alert/);
  assert.equal(new URL(embedUrl({ element: 'card', pathway: 'x', theme: 'dark' }, 'https://site.test/pm/')).href, 'https://site.test/pm/embed/card-x.html?theme=dark');
});
