// Print, forced colors and reduced motion, emulated in Chromium on the built
// documentation page of the card (wtr cannot emulate these in every engine).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, find } from '../../scripts/browsers.mjs';

let server;
let base;
let browser;
before(async () => {
  server = createServer((req, res) => {
    const file = join('dist/site', new URL(req.url, 'http://x').pathname);
    if (!existsSync(file)) return res.writeHead(404).end();
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' }[extname(file)] ?? 'application/octet-stream';
    return res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({ executablePath: find('chromium'), args: chromiumArgs });
});
after(async () => { await browser?.close(); server?.close(); });

async function open(media) {
  const page = await browser.newPage();
  await page.emulateMedia(media);
  await page.goto(`${base}card.html`);
  await page.evaluate(() => Promise.all([...document.querySelectorAll('pm-pathway-card')].map((c) => c.updateComplete)));
  return page;
}
const style = (page, selector, inner, property) => page.evaluate(([s, i, p]) => getComputedStyle(document.querySelector(s).shadowRoot.querySelector(i))[p], [selector, inner, property]);

test('print: compact steps are printed, buttons and shadows are not', async () => {
  const page = await open({ media: 'print' });
  const compact = 'pm-pathway-card[variant=compact]';
  assert.equal(await style(page, compact, '[part=steps]', 'display'), 'grid');
  assert.equal(await style(page, compact, 'button', 'display'), 'none');
  assert.equal(await style(page, 'pm-pathway-card', '[part=card]', 'boxShadow'), 'none');
  assert.equal(await style(page, 'pm-pathway-card', '[part=card]', 'breakInside'), 'avoid');
  await page.close();
});

test('forced colors: the card keeps a visible border and focus a visible outline', async () => {
  const page = await open({ forcedColors: 'active' });
  assert.notEqual(await style(page, 'pm-pathway-card', '[part=card]', 'borderTopStyle'), 'none');
  assert.notEqual(await style(page, 'pm-pathway-card', '[part=card]', 'borderTopWidth'), '0px');
  await page.locator('pm-pathway-card[variant=compact] button').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const outline = await style(page, 'pm-pathway-card[variant=compact]', 'button', 'outlineStyle');
  assert.equal(outline, 'solid');
  await page.close();
});

test('reduced motion: no transitions', async () => {
  const moving = await open({ reducedMotion: 'no-preference' });
  assert.notEqual(await style(moving, 'pm-pathway-card[variant=compact]', 'button', 'transitionDuration'), '0s');
  await moving.close();
  const still = await open({ reducedMotion: 'reduce' });
  assert.equal(await style(still, 'pm-pathway-card[variant=compact]', 'button', 'transitionDuration'), '0s');
  await still.close();
});
