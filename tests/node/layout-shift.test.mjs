// The README's copy-paste snippet on demo/snippet.html: no layout shift while
// the script loads, even when it arrives 600 ms after the page (a slow CDN).
// Layout Instability is a Chromium API, so this runs in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, find } from '../../scripts/browsers.mjs';

const variants = {
  snippet: (html) => html,
  'css only': (html) => html.replace(' blocking="render"', ''),
  'no snippet': (html) => html.replace(' blocking="render"', '').replace(/<style>[\s\S]*?<\/style>/, ''),
};
let server;
let base;
let browser;

before(async () => {
  const page = readFileSync('dist/site/snippet.html', 'utf8');
  server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/pm-pathways.js') {
      await new Promise((r) => setTimeout(r, 600));
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync('dist/site/pm-pathways.js'));
    } else if (url.pathname === '/blog.css') {
      res.writeHead(200, { 'content-type': 'text/css' }).end(readFileSync('dist/site/blog.css'));
    } else if (url.pathname === '/' && variants[url.searchParams.get('variant')]) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(variants[url.searchParams.get('variant')](page));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({ executablePath: find('chromium'), args: chromiumArgs });
});
after(async () => { await browser?.close(); server?.close(); });

async function layoutShift(variant) {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.goto(`${base}?variant=${encodeURIComponent(variant)}`);
  await page.evaluate(() => customElements.whenDefined('pm-pathway-card').then(() => document.querySelector('pm-pathway-card').updateComplete));
  await page.waitForTimeout(300);
  const score = await page.evaluate(() => new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(total), 100);
  }));
  const heading = await page.locator('pm-pathway-card h2').textContent();
  await page.close();
  return { score, heading };
}

test('the README snippet: layout shift 0 while a slow script loads', async () => {
  const { score, heading } = await layoutShift('snippet');
  assert.equal(heading, 'Internal transition');
  assert.equal(score, 0);
});

test('the measurement can fail: without the snippet the page shifts', async () => {
  const none = await layoutShift('no snippet');
  const cssOnly = await layoutShift('css only');
  console.log(`layout shift: ${none.score.toFixed(4)} without the snippet, ${cssOnly.score.toFixed(4)} with its CSS only`);
  assert.ok(none.score > 0, `expected a shift, got ${none.score}`);
});
