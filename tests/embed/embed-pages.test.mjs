// The embed pages in a real browser (Chromium, through playwright-core), inside
// iframes sandboxed as WordPress does (sandbox="allow-scripts", no same-origin):
// each host's own resize listener sizes its iframe to the widget, options apply,
// bad options are ignored, ticking a step works with storage blocked, and the
// oEmbed consumer page turns a pasted link into a widget at the right height.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, find } from '../../scripts/browsers.mjs';
import { buildEmbed } from '../../scripts/build-embed.mjs';
import { serve } from './static-server.mjs';

let server;
let browser;
let dir;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pm-embed-'));
  server = await serve(dir);
  // Built for this server's address, as a site is built for its own (PM_PUBLIC_URL).
  buildEmbed({ out: join(dir, 'embed'), base: server.base });
  cpSync('dist/pm-pathways.js', join(dir, 'pm-pathways.js'));
  cpSync('demo/favicon.svg', join(dir, 'favicon.svg'));
  cpSync('demo/favicon.svg', join(dir, 'favicon.ico')); // the host pages' default icon request
  for (const item of ['chunks', 'locales']) {
    try { cpSync(join('dist', item), join(dir, item), { recursive: true }); } catch { /* not built */ }
  }
  server.pages.set('/consumer.html', readFileSync('tests/embed/oembed-consumer.html', 'utf8'));
  browser = await chromium.launch({ executablePath: find('chromium'), args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a page and collects its errors and its frames' errors. */
async function open(path) {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(new URL(path, server.base).href);
  return { page, errors };
}

const contentHeight = (frame) => frame.evaluate(async () => {
  const el = document.querySelector('pm-pathway-card, pm-pathway-picker');
  await customElements.whenDefined(el.localName);
  await el.updateComplete;
  return Math.ceil(document.body.getBoundingClientRect().height);
});

// Each host's receiving code, reduced to what it does with our message (sources in the README).
const HOSTS = {
  ours: `if (data && data.type === 'pm-pathways:resize') frame.style.height = data.height + 'px';`,
  embedSize: `if (data && data.type === 'embed-size') frame.style.height = data.height + 'px';`,
  iframely: `try { data = JSON.parse(data); } catch { return; } if (data.method === 'resize') frame.style.height = data.height + 'px';`,
  embedly: `try { data = JSON.parse(data); } catch { return; } if (data.context === 'iframe.resize') frame.style.height = data.height + 'px';`,
  // wp-embed.js: only the iframe whose data-secret matches, height clamped to 200–1000.
  wordpress: `if (data && data.secret === frame.dataset.secret && data.message === 'height') frame.height = Math.min(1000, Math.max(200, data.value));`,
};

test('every host format sizes its sandboxed iframe to the widget, and follows it', async () => {
  const src = 'embed/card-formal-education.html?variant=compact';
  const frames = Object.keys(HOSTS).map((host) => `<iframe id="${host}" title="${host}" sandbox="allow-scripts" width="600" height="150"
    ${host === 'wordpress' ? 'data-secret="Wp1234"' : ''} src="${src}${host === 'wordpress' ? '#?secret=Wp1234' : ''}"></iframe>`).join('\n');
  const listeners = Object.entries(HOSTS).map(([host, code]) => `addEventListener('message', (e) => {
    const frame = document.getElementById('${host}'); if (e.source !== frame.contentWindow) return; let data = e.data; ${code} });`).join('\n');
  server.pages.set('/hosts.html', `<!doctype html><title>hosts</title><style>iframe{border:0;display:block}</style>${frames}<script>${listeners}</script>`);
  const { page, errors } = await open('hosts.html');
  const sized = async () => {
    for (const host of Object.keys(HOSTS)) {
      const frame = await (await page.locator(`#${host}`).elementHandle()).contentFrame();
      const content = await contentHeight(frame);
      // WordPress keeps an embed between 200 and 1000 px tall.
      const want = host === 'wordpress' ? Math.min(1000, Math.max(200, content)) : content;
      await page.waitForFunction(([id, h]) => Math.round(document.getElementById(id).getBoundingClientRect().height) === h, [host, want]);
      assert.ok(content > 150, `${host}: the widget is taller than the iframe's first height`);
    }
  };
  await sized();
  const before = await page.locator('#ours').evaluate((f) => f.getBoundingClientRect().height);
  // Open the steps in one frame: that frame's host follows the new height.
  await page.frameLocator('#ours').locator('pm-pathway-card button.disclosure').click();
  await page.waitForFunction((h) => document.getElementById('ours').getBoundingClientRect().height > h + 50, before);
  await sized();
  assert.deepEqual(errors, []);
  await page.close();
});

test('options apply; invalid ones are ignored and never reach the page', async () => {
  const bad = encodeURIComponent('red;}body{display:none');
  server.pages.set('/options.html', `<!doctype html><title>options</title>
    <iframe id="good" title="good" sandbox="allow-scripts" src="embed/card-startup-experience.html?theme=dark&accent=c8005a&variant=compact&checklist=1&lang=es"></iframe>
    <iframe id="bad" title="bad" sandbox="allow-scripts" src="embed/card-startup-experience.html?theme=%3Cb%3E&accent=${bad}&variant=huge&checklist=perhaps&lang=xx"></iframe>`);
  const { page, errors } = await open('options.html');
  const read = (id) => page.frameLocator(`#${id}`).locator('pm-pathway-card').evaluate(async (el) => {
    await customElements.whenDefined('pm-pathway-card');
    return { attrs: el.getAttributeNames().sort().join(' '), theme: el.getAttribute('theme'), variant: el.getAttribute('variant'),
      accent: el.style.getPropertyValue('--pm-color-accent'), lang: document.documentElement.lang, style: el.getAttribute('style') };
  });
  const good = await read('good');
  assert.equal(good.theme, 'dark');
  assert.equal(good.variant, 'compact');
  assert.equal(good.accent, '#c8005a');
  assert.equal(good.lang, 'es');
  assert.match(good.attrs, /checklist/);
  const badOnes = await read('bad');
  assert.equal(badOnes.theme, 'auto'); // the defaults, reflected
  assert.equal(badOnes.variant, 'full');
  assert.doesNotMatch(badOnes.attrs, /checklist/);
  assert.equal(badOnes.style, null);
  assert.equal(badOnes.lang, 'en');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a checklist works with storage blocked by the sandbox, and stays in the frame', async () => {
  server.pages.set('/checklist.html', `<!doctype html><title>checklist</title>
    <iframe id="card" title="card" sandbox="allow-scripts" width="600" height="700" src="embed/card-technical-background.html?checklist"></iframe>`);
  const { page, errors } = await open('checklist.html');
  const frame = page.frameLocator('#card');
  const box = frame.locator('pm-pathway-card input[type="checkbox"]').first();
  await box.check();
  assert.equal(await box.isChecked(), true);
  // Storage really is blocked in there, so the tick lives in memory only.
  const blocked = await frame.locator('body').evaluate(() => { try { return !window.localStorage; } catch { return true; } });
  assert.equal(blocked, true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('with nobody listening, the oEmbed height shows the whole widget', async () => {
  for (const name of ['card-certifications-bootcamps', 'picker']) {
    const oembed = JSON.parse(readFileSync(join(dir, 'embed', `${name}.json`), 'utf8'));
    server.pages.set('/fixed.html', `<!doctype html><title>fixed</title>${oembed.html}`);
    const { page, errors } = await open('fixed.html');
    const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
    await page.locator('iframe').scrollIntoViewIfNeeded();
    const height = await contentHeight(frame);
    assert.ok(height <= oembed.height, `${name}: ${height}px of content in a ${oembed.height}px frame`);
    assert.ok(height > oembed.height * 0.6, `${name}: the fixed height leaves a large gap (${height}px in ${oembed.height}px)`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('the oEmbed consumer turns a pasted embed link into the widget at the right height', async () => {
  const link = new URL('embed/card-networking-mentorship.html?theme=light', server.base).href;
  const { page, errors } = await open(`consumer.html?url=${encodeURIComponent(link)}`);
  await page.waitForSelector('#result iframe');
  const iframe = page.locator('#result iframe');
  assert.match(await iframe.getAttribute('title'), /Networking/);
  const frame = await (await iframe.elementHandle()).contentFrame();
  const want = await contentHeight(frame);
  await page.waitForFunction((h) => Math.round(document.querySelector('#result iframe').getBoundingClientRect().height) === h, want);
  const heading = await page.frameLocator('#result iframe').locator('pm-pathway-card').evaluate((el) => el.shadowRoot.querySelector('h1').textContent);
  assert.match(heading, /Networking/);
  assert.equal(await page.locator('#status').textContent(), 'Embedded: Networking and mentorship: a way into product management');
  assert.deepEqual(errors, []);
  await page.close();
});
