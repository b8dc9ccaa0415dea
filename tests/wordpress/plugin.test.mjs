// The WordPress plugin in a real WordPress (Debian's package, MariaDB, PHP's web
// server; see site.mjs): the zip uploaded and activated in wp-admin by Chromium,
// a post made in the block editor, a classic post with hostile shortcodes, a page
// without the plugin, and the plugin deleted again. Without PHP, WordPress or
// MariaDB the suite is skipped and named; with CI=true that is a failure.
//   node --test tests/wordpress/      (after `npm run build`)
//   PM_UPDATE_SCREENSHOTS=1 …         also writes docs/wordpress-editor.png and docs/wordpress-post.png
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium, locate } from '../../scripts/browsers.mjs';
import { click, count, first, isolatedPage, only } from '../page-helpers.mjs';
import { locateWordPress, startWordPress } from './site.mjs';

const ZIP = resolve('dist/wordpress/pm-pathways.zip');
const english = JSON.parse(readFileSync('dist/pathways.json', 'utf8'));
const locale = (lang) => JSON.parse(readFileSync(`dist/locales/${lang}.json`, 'utf8'));
const title = (dataset, id) => dataset.pathways.find((p) => p.id === id).title;
const screenshots = process.env.PM_UPDATE_SCREENSHOTS ? resolve('docs') : undefined;
const PLUGIN_FILES = '/wp-content/plugins/pm-pathways/';

const missing = [...locateWordPress().missing];
if (!locate('chromium').path) missing.push('chromium');
if (!existsSync(ZIP)) missing.push(`${ZIP} (run npm run build)`);
const skip = missing.length
  ? `Skipped, not found: ${missing.join(', ')}. README, "WordPress", says how to install them.`
  : false;
if (skip && process.env.CI) {
  test('WordPress plugin in a real WordPress', () => assert.fail(`${skip}\nCI=true needs them.`));
} else if (skip) {
  console.log(skip);
}

/** A page that records its requests, console errors, uncaught errors and dialogs. */
async function watchedPage(browser, options) {
  const page = await isolatedPage(browser, { width: 1280, height: 900, ...options });
  const seen = { requests: [], errors: [], dialogs: [] };
  // Every request is recorded; one for another host is stopped before it leaves the machine.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    seen.requests.push(url);
    if (/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url) || /^(data|blob):/.test(url)) request.continue();
    else request.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(`${message.text()} (${message.location()?.url ?? ''})`);
  });
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  page.on('dialog', async (dialog) => {
    seen.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return { page, seen };
}

/** Requests that did not go to the site itself. */
const foreign = (requests, url) => requests.filter((r) => !r.startsWith(`${url}/`) && !/^(data|blob):/.test(r));

async function logIn(page, url, user, password) {
  await page.goto(`${url}/wp-login.php`);
  await (await only(page, '#user_login')).type(user);
  await (await only(page, '#user_pass')).type(password);
  await Promise.all([page.waitForNavigation(), click(await only(page, '#wp-submit'))]);
  assert.match(page.url(), /wp-admin/, 'logged in');
}

/** The block editor's canvas: its iframe when it has one, else the editor page. */
const canvas = (page) => page.frames().find((f) => f.name() === 'editor-canvas') ?? page.mainFrame();

async function insertBlock(page, name) {
  const toggle = await only(page, 'button[aria-label="Toggle block inserter"]');
  if ((await toggle.evaluate((b) => b.getAttribute('aria-pressed'))) !== 'true') await click(toggle);
  const search = await only(page, '.block-editor-inserter__search input');
  await search.type(name);
  await click(await only(page, '.block-editor-block-types-list__item', { hasText: name }));
  if (await count(page, 'button[aria-label="Toggle block inserter"][aria-pressed="true"]'))
    await click(await only(page, 'button[aria-label="Toggle block inserter"]'));
  // The block's settings, in the sidebar (opening the inserter may have closed it).
  const settings = await only(page, '.edit-post-header button[aria-label="Settings"]');
  if ((await settings.evaluate((b) => b.getAttribute('aria-pressed'))) !== 'true') await click(settings);
  await only(page, '.block-editor-block-card__title', { exactText: name });
}

const select = async (page, label, value) => {
  const field = await only(page, 'select', { label, visible: true });
  await field.select(value);
  assert.equal(await field.evaluate((el) => el.value), value, `${label} is ${value}`);
};

describe('WordPress plugin in a real WordPress', { skip, timeout: 300_000 }, () => {
  let site;
  let browser;
  let admin;
  let blockPost;

  before(async () => {
    const started = Date.now();
    site = await startWordPress();
    browser = await launchChromium();
    admin = await watchedPage(browser);
    await logIn(admin.page, site.url, 'admin', 'admin-password');
    console.log(`WordPress ${site.url} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  test('the zip installs and activates through wp-admin', async () => {
    const { page } = admin;
    await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
    const input = await only(page, '#pluginzip');
    await input.uploadFile(ZIP);
    await Promise.all([page.waitForNavigation(), click(await only(page, '#install-plugin-submit', { visible: true }))]);
    await only(page, 'p', { hasText: 'Plugin installed successfully' });
    await Promise.all([page.waitForNavigation(), click(await only(page, 'a', { exactText: 'Activate Plugin' }))]);
    await only(page, '#message', { hasText: 'Plugin activated' });
    await only(page, 'tr.active[data-plugin="pm-pathways/pm-pathways.php"]');
  });

  test('a post with a card and a picker block, set up in the sidebar, publishes', async (t) => {
    t.after(() => admin.page.screenshot({ path: join(site.dir, 'editor-last.png') }));
    const { page } = admin;
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
    await page.evaluate(() => {
      if (window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide'))
        window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    });
    const heading = await first(canvas(page), '.editor-post-title__input, [aria-label="Add title"]');
    await click(heading);
    await page.keyboard.type('Ways into product management');

    await insertBlock(page, 'Pathway card');
    await select(page, 'Pathway', 'networking-mentorship');
    await select(page, 'Language', 'es');
    await select(page, 'Heading level', '2');
    await click(await only(page, 'input', { label: 'Checklist' }));
    await click(await only(page, 'button[aria-label="Color: Teal"]'));
    // The live preview: the real element, in Spanish, with the accent.
    const spanish = title(locale('es'), 'networking-mentorship');
    await only(canvas(page), 'pm-pathway-card >>> h2', { hasText: spanish });
    assert.equal(
      await canvas(page).$eval('pm-pathway-card', (el) =>
        getComputedStyle(el).getPropertyValue('--pm-color-accent').trim(),
      ),
      '#0f6b5c',
    );
    assert.equal(await count(canvas(page), 'pm-pathway-card >>> input[type=checkbox]'), 3, 'a checklist of 3 steps');
    await click(await first(canvas(page), 'pm-pathway-card >>> input[type=checkbox]'));
    await page.$eval('.block-editor-block-card', (card) => card.scrollIntoView());
    if (screenshots) await page.screenshot({ path: join(screenshots, 'wordpress-editor.png') });
    await page.screenshot({ path: join(site.dir, 'wordpress-editor.png') });

    await insertBlock(page, 'Pathway picker');
    await select(page, 'Theme', 'dark');
    await click(await only(page, 'input', { label: 'Deep links' }));
    await only(canvas(page), 'pm-pathway-picker >>> [role=option]', { hasText: title(english, 'startup-experience') });

    await click(await only(page, '.editor-post-publish-panel__toggle'));
    await click(await only(page, '.editor-post-publish-panel .editor-post-publish-button'));
    await page.waitForFunction(() => window.wp.data.select('core/editor').isCurrentPostPublished());
    blockPost = await page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
    const saved = await page.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
    assert.match(saved, /<!-- wp:pm-pathways\/card \{[^}]*"pathway":"networking-mentorship"/);
    assert.match(saved, /<!-- wp:pm-pathways\/picker \{[^}]*"syncUrl":true/);
    // WordPress's own faults here (a favicon 404, the block directory unreachable offline) are not the plugin's.
    assert.deepEqual(
      admin.seen.errors.filter((e) => /pm-pathways|pm-pathway-/.test(e)),
      [],
      'no console error from the plugin in the editor',
    );
  });

  test('the published post: card and picker work, one script from the site, no console errors', async (t) => {
    assert.ok(blockPost, 'the post was published');
    const { page, seen } = await watchedPage(browser);
    t.after(() => page.screenshot({ path: join(site.dir, 'post-last.png'), fullPage: true }).catch(() => {}));
    await page.evaluateOnNewDocument(() =>
      document.addEventListener('pm-quiz-complete', (event) => (window.__quiz = event.detail)),
    );
    await page.goto(blockPost);
    const spanish = locale('es');
    await only(page, 'pm-pathway-card >>> h2', { hasText: title(spanish, 'networking-mentorship'), visible: true });
    const card = await only(page, 'pm-pathway-card');
    assert.equal(await card.evaluate((el) => el.getAttribute('lang')), 'es');
    assert.equal(
      await card.evaluate((el) => getComputedStyle(el).getPropertyValue('--pm-color-accent').trim()),
      '#0f6b5c',
    );
    const box = await first(page, 'pm-pathway-card >>> input[type=checkbox]');
    await click(box);
    assert.equal(await box.evaluate((el) => el.checked), true, 'a step ticks');

    // Browse: choose a route, its card shows, the address follows (deep links).
    await click(
      await only(page, 'pm-pathway-picker >>> [role=option]', { hasText: title(english, 'startup-experience') }),
    );
    await only(page, 'pm-pathway-picker >>> pm-pathway-card', { hasText: title(english, 'startup-experience') });
    await page.waitForFunction(() => location.hash.includes('startup-experience'));
    // The post from the top to the end of the picker (not the comment form below).
    const bottom = await page.$eval('pm-pathway-picker', (el) => el.getBoundingClientRect().bottom + scrollY + 32);
    const clip = { x: 0, y: 0, width: 1280, height: Math.ceil(bottom) };
    if (screenshots)
      await page.screenshot({ path: join(screenshots, 'wordpress-post.png'), clip, captureBeyondViewport: true });
    await page.screenshot({ path: join(site.dir, 'wordpress-post.png'), clip, captureBeyondViewport: true });

    // Find my path: answer every question, get a plan.
    await click(await only(page, 'pm-pathway-picker >>> [part=views] button', { hasText: english.labels.quiz }));
    for (let question = 0; question < english.quiz.questions.length; question++) {
      await click(await first(page, 'pm-pathway-picker >>> label.choice'));
      await click(await first(page, 'pm-pathway-picker >>> .actions .primary'));
    }
    await page.waitForFunction(() => window.__quiz?.ranking?.length === 7);

    const scripts = seen.requests.filter((r) => r.includes(PLUGIN_FILES) && r.includes('/pm-pathways.js'));
    assert.equal(scripts.length, 1, `the script once: ${scripts.join(', ')}`);
    assert.deepEqual(foreign(seen.requests, site.url), [], 'no request leaves the site');
    assert.deepEqual(seen.errors, [], 'no console errors');
    await page.browserContext().close();
  });

  test('without JavaScript the post still reads: titles, summaries and steps', async () => {
    const { page } = await watchedPage(browser, { javaScript: false });
    await page.goto(blockPost);
    const spanish = locale('es').pathways.find((p) => p.id === 'networking-mentorship');
    await only(page, 'pm-pathway-card h2', { exactText: spanish.title, visible: true });
    await only(page, 'pm-pathway-card p', { exactText: spanish.summary, visible: true });
    assert.equal(await count(page, 'pm-pathway-card ol > li', { visible: true }), 3);
    await only(page, 'pm-pathway-card li', { hasText: spanish.steps[2].body, visible: true });
    await only(page, 'pm-pathway-picker h2', { exactText: english.title, visible: true });
    assert.equal(await count(page, 'pm-pathway-picker li', { visible: true }), 7);
    await page.browserContext().close();
  });

  for (const author of ['admin', 'author']) {
    test(`hostile shortcode and block values (${author === 'admin' ? "an administrator's raw HTML" : "an author's, filtered by kses"}) change only the options`, async () => {
      const hostile = [
        `[pm_pathway_card pathway='"><script>alert(1)</script>' accent="red;background:url(x)" lang="xx-evil" variant='full" onmouseover="alert(2)' theme="dark' onfocus='alert(3)" heading_level='2" autofocus onfocus="alert(4)']`,
        `[pm_pathway_card pathway="formal-education" lang="fr" accent="#0F6B5C" checklist="true" heading_level="4" variant="compact"]`,
        `[pm_pathway_picker view="quiz" theme="<b>dark</b>" lang="de" accent="url(javascript:alert(5))" sync_url="yes" heading_level="x"]`,
        `<!-- wp:pm-pathways/card {"pathway":"\\u0022\\u003e\\u003cscript\\u003ealert(6)\\u003c/script\\u003e","accent":"red;background:url(x)","lang":"xx","theme":"dark\\u0022 onclick=\\u0022alert(7)","headingLevel":9} /-->`,
      ].join('\n\n');
      const url = (
        await site.php(`require 'wp-load.php';
$user = get_user_by( 'login', '${author}' );
wp_set_current_user( $user->ID );
$id = wp_insert_post( array( 'post_title' => 'Hostile ${author}', 'post_status' => 'publish', 'post_content' => wp_slash( base64_decode( '${Buffer.from(hostile).toString('base64')}' ) ) ), true );
echo get_permalink( $id );`)
      ).trim();
      assert.match(url, /^http:\/\/127\.0\.0\.1/);
      const html = await (await fetch(url)).text();
      assert.doesNotMatch(
        html,
        /alert\(|<script>alert|onmouseover|onfocus|background:url|javascript:/i,
        'nothing hostile in the HTML',
      );

      const { page, seen } = await watchedPage(browser);
      await page.goto(url);
      const french = title(locale('fr'), 'formal-education');
      await only(page, 'pm-pathway-card[lang=fr] >>> h4', { hasText: french, visible: true });
      await only(page, 'pm-pathway-picker[lang=de][view=quiz][sync-url]');
      // What the plugin printed (the elements may reflect attributes of their own once they run).
      const elements = [...html.matchAll(/<pm-pathway-(?:card|picker)\b([^>]*)>/g)].map(([, attributes]) =>
        Object.fromEntries(
          [...attributes.matchAll(/\s([^\s=]+)(?:="([^"]*)")?/g)].map(([, name, value = '']) => [
            name,
            value.replaceAll('&#039;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
          ]),
        ),
      );
      const allowed = /^(pathway|variant|checklist|theme|lang|heading-level|style|class|view|sync-url)$/;
      for (const attributes of elements) {
        for (const [name, value] of Object.entries(attributes)) {
          assert.match(name, allowed, `attribute ${name}`);
          if (name === 'style')
            assert.match(value, /^--pm-color-accent:#[0-9a-f]{6};--pm-color-accent-contrast:#(000000|ffffff)$/);
          if (name === 'pathway') assert.match(value, /^[a-z0-9-]+$/);
          if (name === 'theme') assert.match(value, /^(light|dark)$/);
          if (name === 'lang') assert.match(value, /^(es|fr|de|pt-BR|ar|en)$/);
        }
      }
      // kses (for the author) has already turned the tags into &gt; and text; the plugin keeps letters, digits and hyphens.
      assert.equal(
        elements[3].pathway,
        author === 'admin' ? 'scriptalert6script' : 'gtalert6',
        "the block's pathway, cleaned",
      );
      assert.deepEqual(
        elements.map((a) => a.style ?? null),
        [null, '--pm-color-accent:#0f6b5c;--pm-color-accent-contrast:#ffffff', null, null],
        'only the valid accent is set',
      );
      // The unknown pathways show the element's error state, not a card.
      assert.equal(await count(page, 'pm-pathway-card >>> [part=error]'), 2, 'two error notices');
      const handlers = await page.$$eval('.wp-site-blocks *, body *', (els) =>
        els.flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName} ${a.name}`),
        ),
      );
      assert.deepEqual(handlers, [], 'no event-handler attributes');
      assert.deepEqual(seen.dialogs, [], 'no alert ran');
      assert.deepEqual(foreign(seen.requests, site.url), [], 'no request leaves the site');
      await page.browserContext().close();
    });
  }

  test("a page without the plugin's output loads none of its files", async () => {
    const { page, seen } = await watchedPage(browser);
    await page.goto(`${site.url}/?p=1`);
    await only(page, 'h1, h2', { hasText: 'Hello world' });
    assert.deepEqual(
      seen.requests.filter((r) => r.includes(PLUGIN_FILES)),
      [],
    );
    assert.doesNotMatch(await page.content(), /pm-pathway|pm_pathway/);
    await page.browserContext().close();
  });

  test('PHP wrote nothing to the debug log from the plugin', () => {
    const log = existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8') : '';
    assert.deepEqual(
      log.split('\n').filter((line) => line.includes('pm-pathways')),
      [],
    );
  });

  test('deleting the plugin leaves nothing behind', async () => {
    const result = JSON.parse(
      await site.php(`require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
wp_set_current_user( 1 );
deactivate_plugins( 'pm-pathways/pm-pathways.php' );
$deleted = delete_plugins( array( 'pm-pathways/pm-pathways.php' ) );
global $wpdb;
$like = '%pm%pathway%';
echo wp_json_encode( array(
  'deleted' => true === $deleted,
  'folder'  => file_exists( WP_PLUGIN_DIR . '/pm-pathways' ),
  'options' => $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name NOT IN ('recently_activated') AND (option_name LIKE %s OR option_value LIKE %s)", $like, $like ) ),
  'meta'    => $wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM {$wpdb->usermeta} WHERE meta_key LIKE %s UNION SELECT meta_key FROM {$wpdb->postmeta} WHERE meta_key LIKE %s", $like, $like ) ),
) );`),
    );
    assert.deepEqual(result, { deleted: true, folder: false, options: [], meta: [] });
  });
});
