// The Custom Elements Manifest documents every public name SPEC fixes, each
// with a description: a missing attribute, property, event or part fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { elementCssDefaults } from '../../scripts/css-defaults.mjs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
const element = (tag) => declarations.find((d) => d.tagName === tag);

const cssProperties = [
  '--pm-font-family',
  '--pm-font-size',
  '--pm-color-text',
  '--pm-color-muted',
  '--pm-color-surface',
  '--pm-color-border',
  '--pm-color-accent',
  '--pm-color-accent-contrast',
  '--pm-radius',
  '--pm-space',
  '--pm-shadow',
];
const contract = {
  'pm-pathway-card': {
    attributes: {
      pathway: 'pathway',
      variant: 'variant',
      expanded: 'expanded',
      'heading-level': 'headingLevel',
      checklist: 'checklist',
      theme: 'theme',
    },
    properties: [],
    events: ['pm-step-toggle', 'pm-error'],
    parts: ['card', 'heading', 'summary', 'steps', 'step', 'step-title', 'step-body', 'error'],
    slots: ['footer'],
    cssProperties,
  },
  'pm-pathway-picker': {
    attributes: {
      value: 'value',
      view: 'view',
      'heading-level': 'headingLevel',
      'sync-url': 'syncUrl',
      theme: 'theme',
    },
    properties: [],
    events: ['pm-pathway-change', 'pm-quiz-complete', 'pm-error'],
    parts: ['views', 'list', 'option', 'quiz', 'question', 'result', 'error', 'card'],
    slots: [],
    cssProperties,
  },
  'pm-pathway-data': {
    attributes: { src: 'src' },
    properties: ['data'],
    events: ['pm-error'],
    parts: ['error'],
    slots: [''],
    cssProperties: [],
  },
};

test('package.json points editors at the manifest', () => {
  assert.equal(pkg.customElements, 'dist/custom-elements.json');
});

for (const [tag, expected] of Object.entries(contract)) {
  test(`<${tag}>: every public name is in the manifest, described`, () => {
    const el = element(tag);
    assert.ok(el, `${tag} is declared`);
    assert.ok(el.summary, 'summary');
    for (const [attribute, field] of Object.entries(expected.attributes)) {
      const a = el.attributes?.find((x) => x.name === attribute);
      assert.ok(a, `attribute ${attribute}`);
      assert.equal(a.fieldName, field, `attribute ${attribute} maps to ${field}`);
      const member = el.members?.find((m) => m.name === field);
      assert.ok(member?.description, `property ${field} is described`);
      assert.ok(member?.type?.text, `property ${field} has a type`);
    }
    for (const name of expected.properties)
      assert.ok(el.members?.find((m) => m.name === name)?.description, `property ${name}`);
    for (const name of expected.events) {
      const event = el.events?.find((e) => e.name === name);
      assert.ok(event?.description, `event ${name}`);
      assert.match(event.type?.text ?? '', /^Pm\w+Event$/, `event ${name} has its detail's class`);
    }
    for (const name of expected.parts)
      assert.ok(el.cssParts?.find((p) => p.name === name)?.description, `part ${name}`);
    for (const name of expected.slots) assert.ok(el.slots?.find((s) => s.name === name)?.description, `slot "${name}"`);
    for (const name of expected.cssProperties) {
      const p = el.cssProperties?.find((x) => x.name === name);
      assert.ok(p?.description && p.default, `css property ${name} with its default`);
    }
    const privates = [...(el.attributes ?? []), ...(el.members ?? [])].filter(
      (x) => x.name.startsWith('_') || x.name.startsWith('#'),
    );
    assert.deepEqual(privates, [], 'no private state in the public API');
  });
}

// Where the manifest points, and what it takes from the styles.
const files = pkg.files;
const shippedFile = (path) => files.some((f) => path === f || path.startsWith(`${f}/`)) && existsSync(path);

test('module paths point at shipped files, and each tag has exactly one definition, where it is defined', () => {
  for (const mod of manifest.modules) assert.ok(shippedFile(mod.path), `${mod.path} ships`);
  const definitions = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, in: m.path })),
  );
  assert.deepEqual(definitions.map((d) => d.name).sort(), Object.keys(contract).sort());
  for (const d of definitions) {
    assert.equal(
      d.in,
      d.declaration.module.replace(/[^/]+$/, 'define.js'),
      `${d.name} is defined by its define module`,
    );
    const declared = manifest.modules
      .find((m) => m.path === d.declaration.module)
      ?.declarations?.find((x) => x.name === d.declaration.name);
    assert.equal(declared?.tagName, d.name, `${d.name} points at its class`);
  }
});

test('event descriptions hold no braces (web-component-analyzer drops events after them)', () => {
  for (const el of declarations)
    for (const event of el.events ?? []) assert.doesNotMatch(event.description, /[{}]/, `${el.tagName} ${event.name}`);
});

test('CSS custom-property defaults come from the styles, not from hand-written JSDoc', async () => {
  for (const file of [
    'pathway-card/pathway-card.ts',
    'pathway-picker/pathway-picker.ts',
    'pathway-data/pathway-data.ts',
  ]) {
    assert.doesNotMatch(readFileSync(`src/${file}`, 'utf8'), /@cssprop \[/, `${file} writes a default by hand`);
  }
  const byClass = await elementCssDefaults('dist/npm');
  for (const el of declarations) {
    const read = byClass.get(el.name);
    // The provider's only own text is its error notice: it documents no theme of its own.
    if (el.tagName !== 'pm-pathway-data')
      assert.deepEqual(
        (el.cssProperties ?? []).map((p) => p.name).sort(),
        [...read.keys()].sort(),
        `${el.tagName} documents every --pm-* its styles read`,
      );
    for (const p of el.cssProperties ?? []) assert.equal(p.default, read.get(p.name), p.name);
  }
  assert.match(
    element('pm-pathway-card').cssProperties.find((p) => p.name === '--pm-color-accent').default,
    /^#[0-9a-f]{6} \(dark: #[0-9a-f]{6}\)$/,
  );
});
