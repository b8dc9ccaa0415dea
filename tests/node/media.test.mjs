// Print, forced colors and reduced motion, emulated in Chromium on the built
// documentation page of the card (wtr cannot emulate these in every engine).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/browsers.mjs';
import { startServer } from '../../scripts/static-server.mjs';

let site;
let browser;
before(async () => {
  site = await startServer({ root: 'dist/site' });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function open({ media = '', features = [] }) {
  const page = await browser.newPage();
  // Through the DevTools protocol: puppeteer's emulateMediaFeatures() refuses forced-colors.
  await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { media, features });
  await page.goto(`${site.url}card.html`);
  await page.evaluate(() =>
    Promise.all([...document.querySelectorAll('pm-pathway-card')].map((c) => c.updateComplete)),
  );
  return page;
}
const style = (page, selector, inner, property) =>
  page.evaluate(
    ([s, i, p]) => getComputedStyle(document.querySelector(s).shadowRoot.querySelector(i))[p],
    [selector, inner, property],
  );

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
  const page = await open({ features: [{ name: 'forced-colors', value: 'active' }] });
  assert.notEqual(await style(page, 'pm-pathway-card', '[part=card]', 'borderTopStyle'), 'none');
  assert.notEqual(await style(page, 'pm-pathway-card', '[part=card]', 'borderTopWidth'), '0px');
  await page.focus('pm-pathway-card[variant=compact] >>> button');
  await page.keyboard.press('Tab');
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  const outline = await style(page, 'pm-pathway-card[variant=compact]', 'button', 'outlineStyle');
  assert.equal(outline, 'solid');
  await page.close();
});

test('reduced motion: no transitions', async () => {
  const moving = await open({ features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }] });
  assert.notEqual(await style(moving, 'pm-pathway-card[variant=compact]', 'button', 'transitionDuration'), '0s');
  await moving.close();
  const still = await open({ features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
  assert.equal(await style(still, 'pm-pathway-card[variant=compact]', 'button', 'transitionDuration'), '0s');
  await still.close();
});

test('print: the focus ring of the results heading, where a finished quiz puts focus, stays off the paper', async () => {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  const answers = {
    situation: 'student',
    background: 'design',
    budget: 'none',
    time: 'months',
    learning: 'doing',
    independence: 'team',
  };
  await page.evaluateOnNewDocument(
    (saved) => localStorage.setItem('pm-pathways:quiz', saved),
    JSON.stringify({ answers, results: true }),
  );
  await page.goto(`${site.url}index.html`);
  const heading = await page.waitForSelector('pm-pathway-picker >>> #results-heading');
  await heading.evaluate((h) => h.focus());
  const outline = () => heading.evaluate((h) => getComputedStyle(h).outlineStyle);
  assert.equal(await outline(), 'solid', 'on screen, focus shows');
  await cdp.send('Emulation.setEmulatedMedia', { media: 'print' });
  assert.equal(await outline(), 'none');
  await page.close();
});
