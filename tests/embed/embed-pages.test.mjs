// The embed pages in a real browser (Chromium, through puppeteer-core), inside
// iframes sandboxed as WordPress does (sandbox="allow-scripts", no same-origin):
// each host's own resize listener sizes its iframe to the widget, options apply,
// bad options are ignored, ticking a step works with storage blocked, and the
// oEmbed consumer page turns a pasted link into a widget at the right height.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../scripts/browsers.mjs';
import { check, click, first, isolatedPage, only } from '../page-helpers.mjs';
import { buildEmbed } from '../../scripts/build-embed.mjs';
import { serve } from './static-server.mjs';
import { LANGS } from '../../demo/embed/options.js';

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
    try {
      cpSync(join('dist', item), join(dir, item), { recursive: true });
    } catch {
      /* not built */
    }
  }
  server.pages.set('/consumer.html', readFileSync('tests/embed/oembed-consumer.html', 'utf8'));
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a page and collects its errors and its frames' errors. */
async function open(path) {
  const page = await isolatedPage(browser, { width: 900, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(new URL(path, server.base).href);
  return { page, errors };
}

/** The document inside the one iframe `selector` names. */
const frameOf = async (scope, selector) => (await only(scope, selector)).contentFrame();

/** A host page with one embed page `src` in a frame sandboxed as WordPress does; its page, errors and frame. */
async function sandboxed(name, src, [width, height]) {
  server.pages.set(
    `/${name}.html`,
    `<!doctype html><title>${name}</title>
    <iframe id="embed" title="${name}" sandbox="allow-scripts" width="${width}" height="${height}" src="${src}"></iframe>`,
  );
  const { page, errors } = await open(`${name}.html`);
  return { page, errors, frame: await frameOf(page, '#embed') };
}

const contentHeight = (frame) =>
  frame.evaluate(async () => {
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
  const frames = Object.keys(HOSTS)
    .map(
      (host) => `<iframe id="${host}" title="${host}" sandbox="allow-scripts" width="600" height="150"
    ${host === 'wordpress' ? 'data-secret="Wp1234"' : ''} src="${src}${host === 'wordpress' ? '#?secret=Wp1234' : ''}"></iframe>`,
    )
    .join('\n');
  const listeners = Object.entries(HOSTS)
    .map(
      ([host, code]) => `addEventListener('message', (e) => {
    const frame = document.getElementById('${host}'); if (e.source !== frame.contentWindow) return; let data = e.data; ${code} });`,
    )
    .join('\n');
  server.pages.set(
    '/hosts.html',
    `<!doctype html><title>hosts</title><style>iframe{border:0;display:block}</style>${frames}<script>${listeners}</script>`,
  );
  const { page, errors } = await open('hosts.html');
  const sized = async () => {
    for (const host of Object.keys(HOSTS)) {
      const frame = await frameOf(page, `#${host}`);
      const content = await contentHeight(frame);
      // WordPress keeps an embed between 200 and 1000 px tall.
      const want = host === 'wordpress' ? Math.min(1000, Math.max(200, content)) : content;
      await page.waitForFunction(
        (id, h) => Math.round(document.getElementById(id).getBoundingClientRect().height) === h,
        {},
        host,
        want,
      );
      assert.ok(content > 150, `${host}: the widget is taller than the iframe's first height`);
    }
  };
  await sized();
  const before = await (await only(page, '#ours')).evaluate((f) => f.getBoundingClientRect().height);
  // Open the steps in one frame: that frame's host follows the new height.
  await click(await only(await frameOf(page, '#ours'), 'pm-pathway-card >>> button.disclosure'));
  await page.waitForFunction(
    (h) => document.getElementById('ours').getBoundingClientRect().height > h + 50,
    {},
    before,
  );
  await sized();
  assert.deepEqual(errors, []);
  await page.browserContext().close();
});

test('options apply; invalid ones are ignored and never reach the page', async () => {
  const bad = encodeURIComponent('red;}body{display:none');
  server.pages.set(
    '/options.html',
    `<!doctype html><title>options</title>
    <iframe id="good" title="good" sandbox="allow-scripts" src="embed/card-startup-experience.html?theme=dark&accent=c8005a&variant=compact&checklist=1&lang=es"></iframe>
    <iframe id="bad" title="bad" sandbox="allow-scripts" src="embed/card-startup-experience.html?theme=%3Cb%3E&accent=${bad}&variant=huge&checklist=perhaps&lang=xx"></iframe>`,
  );
  const { page, errors } = await open('options.html');
  const read = async (id) =>
    (await only(await frameOf(page, `#${id}`), 'pm-pathway-card')).evaluate(async (el) => {
      await customElements.whenDefined('pm-pathway-card');
      return {
        attrs: el.getAttributeNames().sort().join(' '),
        theme: el.getAttribute('theme'),
        variant: el.getAttribute('variant'),
        properties: [el.theme, el.variant],
        accent: el.style.getPropertyValue('--pm-color-accent'),
        lang: document.documentElement.lang,
        style: el.getAttribute('style'),
      };
    });
  const good = await read('good');
  assert.equal(good.theme, 'dark');
  assert.equal(good.variant, 'compact');
  assert.equal(good.accent, '#c8005a');
  assert.equal(good.lang, 'es');
  assert.match(good.attrs, /checklist/);
  const badOnes = await read('bad');
  assert.equal(badOnes.theme, null); // nothing passed on: the defaults apply, and are not written onto the tag
  assert.equal(badOnes.variant, null);
  assert.deepEqual(badOnes.properties, ['auto', 'full']);
  assert.doesNotMatch(badOnes.attrs, /checklist/);
  assert.equal(badOnes.style, null);
  assert.equal(badOnes.lang, 'en');
  assert.deepEqual(errors, []);
  await page.browserContext().close();
});

test('a checklist works with storage blocked by the sandbox, and stays in the frame', async () => {
  const { page, errors, frame } = await sandboxed(
    'checklist',
    'embed/card-technical-background.html?checklist',
    [600, 700],
  );
  const box = await first(frame, 'pm-pathway-card >>> input[type="checkbox"]');
  await check(box);
  assert.equal(await box.evaluate((el) => el.checked), true);
  // Storage really is blocked in there, so the tick lives in memory only.
  const blocked = await (
    await only(frame, 'body')
  ).evaluate(() => {
    try {
      return !window.localStorage;
    } catch {
      return true;
    }
  });
  assert.equal(blocked, true);
  assert.deepEqual(errors, []);
  await page.browserContext().close();
});

test('with nobody listening, the oEmbed height shows the whole widget', async () => {
  for (const name of ['card-certifications-bootcamps', 'picker']) {
    const oembed = JSON.parse(readFileSync(join(dir, 'embed', `${name}.json`), 'utf8'));
    server.pages.set('/fixed.html', `<!doctype html><title>fixed</title>${oembed.html}`);
    const { page, errors } = await open('fixed.html');
    const iframe = await only(page, 'iframe');
    const frame = await iframe.contentFrame();
    if (!(await iframe.isIntersectingViewport({ threshold: 1 }))) await iframe.scrollIntoView();
    const height = await contentHeight(frame);
    assert.ok(height <= oembed.height, `${name}: ${height}px of content in a ${oembed.height}px frame`);
    assert.ok(
      height > oembed.height * 0.6,
      `${name}: the fixed height leaves a large gap (${height}px in ${oembed.height}px)`,
    );
    assert.deepEqual(errors, []);
    await page.browserContext().close();
  }
});

test('the oEmbed consumer turns a pasted embed link into the widget at the right height', async () => {
  const link = new URL('embed/card-networking-mentorship.html?theme=light', server.base).href;
  const { page, errors } = await open(`consumer.html?url=${encodeURIComponent(link)}`);
  await page.waitForSelector('#result iframe');
  const iframe = await only(page, '#result >>> iframe');
  assert.match(await iframe.evaluate((f) => f.getAttribute('title')), /Networking/);
  const frame = await iframe.contentFrame();
  const want = await contentHeight(frame);
  await page.waitForFunction(
    (h) => Math.round(document.querySelector('#result iframe').getBoundingClientRect().height) === h,
    {},
    want,
  );
  const heading = await (
    await only(frame, 'pm-pathway-card')
  ).evaluate((el) => el.shadowRoot.querySelector('h1').textContent);
  assert.match(heading, /Networking/);
  const { title } = JSON.parse(readFileSync(join(dir, 'embed', 'card-networking-mentorship.json'), 'utf8'));
  assert.match(title, /^Networking and mentorship – /);
  assert.equal(await (await only(page, '#status')).evaluate((el) => el.textContent), `Embedded: ${title}`);
  assert.deepEqual(errors, []);
  await page.browserContext().close();
});

test('Print my plan in a sandboxed frame says it cannot print there, and shows the plan to copy instead', async () => {
  const { page, errors, frame } = await sandboxed('print', 'embed/picker.html?view=quiz', [700, 900]);
  for (const answer of ['product-team', 'business', 'none', 'little', 'people', 'team']) {
    await check(await frame.waitForSelector(`pm-pathway-picker >>> input[value="${answer}"]`));
    await click(await only(frame, 'pm-pathway-picker >>> .actions .primary'));
  }
  await frame.waitForSelector('pm-pathway-picker >>> #results-heading');
  const print = await frame.waitForSelector('pm-pathway-picker >>> .plan-actions button:nth-child(2)');
  assert.equal(await print.evaluate((b) => b.textContent.trim()), 'Print my plan');
  await click(print);
  const area = await frame.waitForSelector('pm-pathway-picker >>> .copy-fallback');
  assert.match(await area.evaluate((a) => a.value), /^# My way into product management\n/);
  const status = await only(frame, 'pm-pathway-picker >>> div[role=status]');
  const [notice, visible] = await status.evaluate((s) => [s.textContent.trim(), !s.classList.contains('sr-only')]);
  assert.match(notice, /^Printing is blocked inside this embedded frame/);
  assert.equal(visible, true, 'the notice is seen, not only spoken');
  assert.equal(await frame.evaluate(() => document.querySelectorAll('iframe[data-pm-print]').length), 0);
  assert.deepEqual(errors, []);
  await page.browserContext().close();
});

test('under ?lang=, the page title, lang and dir follow the chosen language, in its translation', async () => {
  const datasets = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      JSON.parse(readFileSync(lang === 'en' ? 'dist/pathways.json' : `dist/locales/${lang}.json`, 'utf8')),
    ]),
  );
  const english = datasets.en;
  for (const lang of LANGS) {
    const data = datasets[lang];
    const route = data.pathways.find((p) => p.id === 'startup-experience').title;
    for (const [path, words] of [
      ['embed/picker.html', [data.title]],
      ['embed/card-startup-experience.html', [route, data.title]],
    ]) {
      const { page, errors } = await open(`${path}?lang=${lang}`);
      const shown = await page.evaluate(() => ({
        title: document.title,
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        fallback: [...document.querySelector('pm-pathway-card, pm-pathway-picker').children].map((c) => [
          c.lang,
          c.dir,
        ]),
      }));
      for (const word of words)
        assert.ok(shown.title.includes(word), `${path}?lang=${lang}: "${shown.title}" has "${word}"`);
      if (lang !== 'en') {
        assert.ok(!shown.title.includes(english.title), `${path}?lang=${lang}: no English left in "${shown.title}"`);
      }
      assert.equal(shown.lang, lang);
      assert.equal(shown.dir, lang === 'ar' ? 'rtl' : 'ltr');
      // The fallback inside the element stays marked as the page's English, left to right.
      assert.ok(shown.fallback.length >= 2);
      for (const marks of shown.fallback) assert.deepEqual(marks, ['en', 'ltr'], `${path}?lang=${lang}: fallback`);
      assert.deepEqual(errors, []);
      await page.browserContext().close();
    }
  }
});
