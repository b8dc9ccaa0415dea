// The plugin's PHP without WordPress: `php -l` on every file, PHP_CodeSniffer with
// wordpress/phpcs.xml.dist, no syntax newer than PHP 7.4, and the option checks
// (options.php) against hostile values, with the accent's text colour matching
// the embed builder's rule (demo/embed/options.js) for any colour.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { textOn } from '../../demo/embed/options.js';
import { locateWordPress } from './site.mjs';

const run = promisify(execFile);
const { php } = locateWordPress();
const phpcs = (process.env.PATH ?? '').split(':').some((dir) => {
  try {
    return readdirSync(dir).includes('phpcs');
  } catch {
    return false;
  }
});
const missing = [php ? '' : 'php (php-cli)', phpcs ? '' : 'phpcs (php-codesniffer)'].filter(Boolean);
const skip = missing.length ? `Skipped, not found: ${missing.join(', ')}.` : false;
if (skip && process.env.CI) test("the plugin's PHP", () => assert.fail(`${skip}\nCI=true needs them.`));

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.php') ? [join(dir, e.name)] : [],
  );
const phpFiles = files('wordpress');

/** Runs PHP code with options.php loaded (ABSPATH set, get_locale() stubbed) and returns its JSON output. */
async function withOptions(code, locale = 'en_US') {
  const { stdout } = await run(php, [
    '-r',
    `define( 'ABSPATH', '/' ); function get_locale() { return '${locale}'; }
require '${resolve('wordpress/includes/options.php')}';
${code}`,
  ]);
  return JSON.parse(stdout);
}

test('every PHP file passes php -l', { skip }, async () => {
  for (const file of phpFiles) {
    const { stdout } = await run(php, ['-l', file]);
    assert.match(stdout, /No syntax errors/, file);
  }
});

test('PHP_CodeSniffer passes with wordpress/phpcs.xml.dist', { skip }, async () => {
  const result = await run('phpcs', ['--report=emacs', '-q'], { cwd: 'wordpress' }).catch((error) => error);
  assert.equal(result.stdout?.trim() ?? '', '', 'no findings');
});

test('no syntax newer than PHP 7.4 (match, ?->, attributes, enums, readonly, named arguments)', { skip }, async () => {
  const { stdout } = await run(php, [
    '-r',
    `$found = array();
foreach ( array_slice( $argv, 1 ) as $file ) {
  $tokens = token_get_all( file_get_contents( $file ) );
  foreach ( $tokens as $i => $t ) {
    if ( is_array( $t ) && in_array( $t[0], array( T_MATCH, T_NULLSAFE_OBJECT_OPERATOR, T_ATTRIBUTE, T_ENUM, T_READONLY ), true ) ) {
      $found[] = "$file:{$t[2]} " . token_name( $t[0] );
    }
    // A named argument: "(" or "," then a name then ":" (not "::").
    if ( is_array( $t ) && T_STRING === $t[0] ) {
      $prev = $i - 1; while ( $prev > 0 && is_array( $tokens[ $prev ] ) && T_WHITESPACE === $tokens[ $prev ][0] ) { $prev--; }
      $next = $i + 1; while ( isset( $tokens[ $next ] ) && is_array( $tokens[ $next ] ) && T_WHITESPACE === $tokens[ $next ][0] ) { $next++; }
      if ( in_array( $tokens[ $prev ], array( '(', ',' ), true ) && ':' === ( $tokens[ $next ] ?? '' ) ) {
        $found[] = "$file:{$t[2]} named argument {$t[1]}";
      }
    }
  }
}
echo json_encode( $found );`,
    '--',
    ...phpFiles,
  ]);
  assert.deepEqual(JSON.parse(stdout), []);
});

test('options: unknown and hostile values fall back to the defaults', { skip }, async () => {
  const card = await withOptions(`echo json_encode( array(
  pm_pathways_card_options( array() ),
  pm_pathways_card_options( array( 'pathway' => '"><script>alert(1)</script>', 'variant' => 'full" onmouseover="x', 'checklist' => 'maybe', 'theme' => "dark' x='", 'lang' => 'xx', 'headingLevel' => '9', 'accent' => 'red;background:url(x)' ) ),
  pm_pathways_card_options( array( 'pathway' => 'Formal-Education', 'variant' => 'COMPACT', 'checklist' => 'yes', 'theme' => 'dark', 'lang' => 'pt-br', 'headingLevel' => ' 5 ', 'accent' => '0F6' ) ),
  pm_pathways_card_options( array( 'pathway' => array( 'x' ), 'variant' => array(), 'headingLevel' => 2.5, 'accent' => '#12345' ) ),
  pm_pathways_picker_options( array( 'view' => 'QUIZ', 'syncUrl' => true, 'accent' => 'url(javascript:alert(1))', 'headingLevel' => 0 ) ),
) );`);
  const defaults = {
    pathway: '',
    variant: 'full',
    checklist: false,
    theme: 'auto',
    lang: '',
    headingLevel: 3,
    accent: '',
  };
  assert.deepEqual(card[0], defaults);
  assert.deepEqual(card[1], { ...defaults, pathway: 'scriptalert1script' });
  assert.deepEqual(card[2], {
    pathway: 'formal-education',
    variant: 'compact',
    checklist: true,
    theme: 'dark',
    lang: 'pt-BR',
    headingLevel: 5,
    accent: '#00ff66',
  });
  assert.deepEqual(card[3], defaults);
  assert.deepEqual(card[4], { view: 'quiz', syncUrl: true, theme: 'auto', lang: '', headingLevel: 2, accent: '' });
});

test("options: the site's locale picks the fallback's language", { skip }, async () => {
  for (const [locale, lang] of [
    ['es_MX', 'es'],
    ['pt_BR', 'pt-BR'],
    ['pt_PT', 'pt-BR'],
    ['de_DE_formal', 'de'],
    ['ar', 'ar'],
    ['ja', 'en'],
  ])
    assert.equal(await withOptions('echo json_encode( pm_pathways_site_language() );', locale), lang, locale);
});

test('accent: the text colour on it follows the embed builder, for any colour', { skip }, async () => {
  let seed = 19;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
  const colours = ['#000000', '#ffffff', '#777777', '#0f6b5c', '#f59e0b', '#1d4ed8'];
  while (colours.length < 300)
    colours.push(
      `#${Math.floor(random() * 0xffffff)
        .toString(16)
        .padStart(6, '0')}`,
    );
  const php = await withOptions(
    `echo json_encode( array_map( 'pm_pathways_text_on', ${JSON.stringify(colours).replace(/^\[/, 'array(').replace(/\]$/, ')')} ) );`,
  );
  assert.deepEqual(php, colours.map(textOn));
});
