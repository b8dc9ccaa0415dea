// The README's copy-paste snippet on demo/snippet.html: no layout shift while
// the script loads, even when it arrives 600 ms after the page (a slow CDN).
// Layout Instability is a Chromium API, so this runs in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchChromium } from '../../scripts/browsers.mjs';
import { startServer } from '../../scripts/static-server.mjs';

const variants = {
  snippet: (html) => html,
  'no snippet': (html) => html.replace(' blocking="render"', '').replace(/<style>[\s\S]*?<\/style>/, ''),
};
let site;
let browser;

before(async () => {
  const page = readFileSync('dist/site/snippet.html', 'utf8');
  site = await startServer({
    root: 'dist/site',
    handle: (url) => {
      if (url.pathname === '/pm-pathways.js') return { file: 'dist/site/pm-pathways.js', delay: 600 };
      const variant = variants[url.searchParams.get('variant')];
      return url.pathname === '/' && variant ? { body: variant(page) } : undefined;
    },
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function layoutShift(variant) {
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 900 });
  await page.goto(`${site.url}?variant=${encodeURIComponent(variant)}`);
  await page.evaluate(() =>
    customElements.whenDefined('pm-pathway-card').then(() => document.querySelector('pm-pathway-card').updateComplete),
  );
  // Shifts are recorded when a frame is laid out: two frames after the render, all of them are in.
  const score = await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let total = 0;
    const add = (entries) => {
      for (const e of entries) if (!e.hadRecentInput) total += e.value;
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    await frame();
    await frame();
    add(observer.takeRecords());
    observer.disconnect();
    return total;
  });
  const heading = await page.$eval('pm-pathway-card >>> h2', (h) => h.textContent);
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
  assert.ok(none.score > 0, `expected a shift without the snippet, got ${none.score}`);
});
