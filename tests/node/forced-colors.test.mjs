// Forced colours, checked in pixels (computed styles cannot show a text colour
// painted on a backplate of the same colour): the quiz's buttons keep legible
// text, and the selected list option shows its focus ring. Chromium only: it is
// the engine that emulates forced colours.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/browsers.mjs';
import { startServer } from '../../scripts/static-server.mjs';

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/pm-pathways.js"></script></head>
<body style="margin:20px"><pm-pathway-picker value="formal-education" id="list"></pm-pathway-picker><pm-pathway-picker view="quiz" id="quiz"></pm-pathway-picker></body></html>`;
let site;
let browser;
let base;
before(async () => {
  site = await startServer({ root: '.', handle: (url) => (url.pathname === '/' ? { body: page } : undefined) });
  base = site.url;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** The luminance (0–255) of every pixel in a box of the page, row by row, read back from a screenshot. */
async function pixels(tab, box) {
  const png = await tab.screenshot({ clip: box, encoding: 'base64' });
  return tab.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
    const context = canvas.getContext('2d');
    context.drawImage(img, 0, 0);
    const { data: px } = context.getImageData(0, 0, img.width, img.height);
    const rows = [];
    for (let y = 0; y < img.height; y++) {
      const row = [];
      for (let x = 0; x < img.width; x++) {
        const i = (y * img.width + x) * 4;
        row.push(Math.round(0.2126 * px[i] + 0.7152 * px[i + 1] + 0.0722 * px[i + 2]));
      }
      rows.push(row);
    }
    return rows;
  }, png);
}
/** Strong light–dark changes along the busiest row: glyphs make many, a plain box or an empty backplate two or none. */
const strokes = (rows) =>
  Math.max(...rows.map((row) => row.filter((v, i) => i > 0 && Math.abs(v - row[i - 1]) > 50).length));

/** A tab in forced colours (puppeteer's own helper does not know the feature; the protocol does). */
async function forcedTab(scheme = 'light') {
  const context = await browser.createBrowserContext(); // its own storage: no saved answers from another test
  const tab = await context.newPage();
  await tab.setViewport({ width: 1000, height: 2400 }); // everything in view: no scrolling between a box and its screenshot
  const session = await tab.createCDPSession();
  await session.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-color-scheme', value: scheme },
    ],
  });
  return tab;
}
const inner = (tab, host, selector) =>
  tab.evaluateHandle((h, s) => document.querySelector(h).shadowRoot.querySelector(s), host, selector);

for (const scheme of ['light', 'dark']) {
  test(`forced colours (${scheme}): Next and See my paths show their text`, async () => {
    const tab = await forcedTab(scheme);
    await tab.goto(base);
    await tab.waitForFunction(() => document.querySelector('#quiz').shadowRoot.querySelector('input'));
    for (let i = 0; i < 6; i++) {
      await tab.evaluate(() => document.querySelector('#quiz').shadowRoot.querySelector('input').click());
      await tab.mouse.move(0, 0); // no hover over the button being measured
      const next = await inner(tab, '#quiz', '.actions .primary');
      const box = await next.boundingBox();
      // A band through the middle of the button's text, inside its rounded ends.
      const band = await pixels(tab, {
        x: box.x + box.height / 2,
        y: box.y + box.height * 0.35,
        width: box.width - box.height,
        height: box.height * 0.3,
      });
      assert.ok(strokes(band) >= 4, `button ${i + 1} shows the strokes of its text (${strokes(band)} changes)`);
      await next.click();
    }
    await tab.close();
  });
}

test('forced colours: the focused, selected list option shows a focus ring', async () => {
  const tab = await forcedTab();
  await tab.goto(base);
  await tab.waitForFunction(() => document.querySelector('#list').shadowRoot.querySelector('[aria-selected=true]'));
  const option = await inner(tab, '#list', '[aria-selected=true]');
  for (let i = 0; i < 3; i++) await tab.keyboard.press('Tab'); // by keyboard, so :focus-visible applies: two view buttons, then the list
  assert.ok(await tab.evaluate((o) => o.matches(':focus-visible'), option), 'the selected option has keyboard focus');
  const box = await option.boundingBox();
  // A strip just outside the option: the ring is drawn there, the page background is not.
  const strip = { x: box.x + 10, y: box.y + box.height + 1, width: box.width - 20, height: 4 };
  const ring = (await pixels(tab, strip)).flat();
  await tab.evaluate(() => document.querySelector('#list').shadowRoot.activeElement.blur());
  const plain = (await pixels(tab, strip)).flat();
  const changed = ring.filter((v, i) => Math.abs(v - plain[i]) > 90).length;
  assert.ok(changed > strip.width, `focus draws a ring around the option (${changed} pixels changed)`);
  await tab.close();
});
