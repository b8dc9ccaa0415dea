// scripts/minify-css.mjs: the CSS of *.styles.ts shrinks, and Lit's `${…}` holes
// come out unchanged, in order, and still separated from their neighbours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { minifyCss, minifyTemplates } from '../../scripts/minify-css.mjs';

test('a stylesheet loses comments and spaces, keeps every rule', async () => {
  const out = await minifyCss(`
    /* a comment */
    :host { display: block; }
    .a > .b , .c { color : red ; margin: 0 0 0 0; }
    @media (prefers-reduced-motion: reduce) { .a { transition: none; } }`);
  assert.equal(
    out,
    ':host{display:block}.a>.b,.c{color:red;margin:0}@media (prefers-reduced-motion:reduce){.a{transition:none}}',
  );
});

test('a declaration list (pasted into a rule later) keeps its last semicolon', async () => {
  assert.equal(await minifyCss('\n  --_a: #ffffff;\n  color-scheme: light;'), '--_a:#fff;color-scheme:light;');
  assert.equal(await minifyCss('color: red'), 'color:red');
});

test('holes in declaration and value position survive, in order', async () => {
  const out = await minifyCss(`
    :host {
      \${unsafeCSS(light)}
      display: block;
    }
    :host([theme='dark']) { \${unsafeCSS(dark)} }
    .x { color: \${accent}; }`);
  assert.equal(
    out,
    ':host{${unsafeCSS(light)}display:block}:host([theme=dark]){${unsafeCSS(dark)}}.x{color:${accent}}',
  );
});

test('every styles module of src/ keeps its holes and its other code', async () => {
  const files = readdirSync('src', { recursive: true })
    .filter((f) => f.endsWith('.styles.ts'))
    .map((f) => `src/${f}`);
  assert.ok(files.length >= 3, 'found the styles modules');
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const out = await minifyTemplates(source);
    const holes = (code) => code.match(/\$\{[^}]*\}/g) ?? [];
    assert.deepEqual(holes(out), holes(source), file);
    assert.ok(out.length < source.length, `${file} is smaller`);
    const outside = (code) => code.replace(/`[^`]*`/g, '``');
    assert.equal(outside(out), outside(source), `${file}: only template literals change`);
  }
});

test('CSS that does not parse fails the build rather than shipping broken styles', async () => {
  await assert.rejects(minifyCss('..a { color: red; }'), /CSS:.*class selector/);
});
