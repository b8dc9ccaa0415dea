// The documentation site built into dist/site/ by npm run build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';

const page = (name) => readFileSync(`dist/site/${name}`, 'utf8');
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const element = (tag) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);

test('every page is built, with the bundle and the dataset beside it', () => {
  for (const name of [
    'index.html',
    'card.html',
    'picker.html',
    'data.html',
    'theming.html',
    'frameworks.html',
    'pm-pathways.js',
    'pathways.json',
    'playground.js',
    'docs.css',
    'blog.css',
  ]) {
    assert.ok(existsSync(`dist/site/${name}`), name);
  }
});

test('the built pages link nothing outside the site (hostable as is)', () => {
  for (const name of ['index.html', 'card.html', 'picker.html', 'data.html', 'theming.html', 'frameworks.html']) {
    const html = page(name);
    assert.doesNotMatch(html, /(src|href)="\/(dist|demo)\//, name);
    assert.doesNotMatch(html, /<!-- (api:|nav)/, `${name}: every marker is filled`);
    if (name !== 'index.html')
      assert.match(html, new RegExp(`<a href="${name}" aria-current="page">`), `${name}: the nav marks the page`);
  }
});

for (const [file, tag] of [
  ['card.html', 'pm-pathway-card'],
  ['picker.html', 'pm-pathway-picker'],
  ['data.html', 'pm-pathway-data'],
]) {
  test(`${file} shows the API of <${tag}> from the manifest`, () => {
    const html = page(file);
    const el = element(tag);
    for (const a of el.attributes) assert.ok(html.includes(`<code>${a.name}</code>`), `attribute ${a.name}`);
    for (const e of el.events) assert.ok(html.includes(`<code>${e.name}</code>`), `event ${e.name}`);
    for (const p of el.cssParts ?? []) assert.ok(html.includes(`<code>${p.name}</code>`), `part ${p.name}`);
    for (const p of el.cssProperties ?? [])
      assert.ok(html.includes(`<code>${p.name}</code>`), `css property ${p.name}`);
  });
}

test('the theming playground has a control for every --pm-* property', () => {
  const html = page('theming.html');
  for (const p of element('pm-pathway-card').cssProperties) assert.ok(html.includes(`name="${p.name}"`), p.name);
});

test('the sample datasets of the demo are valid', async () => {
  const { validateDataset } = await import('../../dist/npm/data/validate.js');
  for (const file of ['demo/pathways.es.json', 'dist/pathways.json']) {
    const result = validateDataset(JSON.parse(readFileSync(file, 'utf8')));
    assert.deepEqual(result.ok ? [] : result.problems, [], file);
  }
});
