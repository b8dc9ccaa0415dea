// The Custom Elements Manifest (dist/custom-elements.json), from the elements'
// JSDoc headers. Runs after the build: paths point at the shipped dist/npm/
// files, and CSS custom-property defaults are read from the built styles.
import { elementCssDefaults } from './scripts/css-defaults.mjs';

const shipped = (path) => path.replace(/^src\//, 'dist/npm/').replace(/\.ts$/, '.js');
// Modules a user can import, directly or through the package entry points.
const publicModule =
  /^src\/(index|events|ssr|hydrate|pathway-(card|picker|data)\/(pathway-[a-z]+|define)|quiz\/(recommend|plan)|data\/validate)\.ts$/;

/** Keeps the manifest to the public API: no private state, no internal modules, no events the JSDoc does not name. */
const publicOnly = {
  name: 'pm-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules = customElementsManifest.modules.filter((mod) => publicModule.test(mod.path));
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        const isPublic = (item) =>
          !item.name?.startsWith('_') && item.privacy !== 'private' && item.privacy !== 'protected';
        if (decl.attributes) decl.attributes = decl.attributes.filter(isPublic);
        if (decl.members) decl.members = decl.members.filter(isPublic);
        if (decl.events) decl.events = decl.events.filter((event) => event.name);
      }
    }
  },
};

/**
 * One `custom-element-definition` per tag, in the module that defines it
 * (`pathway-card/define.js` defines `pm-pathway-card`), instead of the
 * analyzer's guess from the shared `define(name, …)` helper.
 */
const definitions = {
  name: 'pm-definitions',
  packageLinkPhase({ customElementsManifest }) {
    const modules = customElementsManifest.modules;
    for (const mod of modules) mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
    for (const mod of modules) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.customElement || !decl.tagName) continue;
        const define = modules.find((m) => m.path === mod.path.replace(/[^/]+$/, 'define.ts'));
        define?.exports.push({
          kind: 'custom-element-definition',
          name: decl.tagName,
          declaration: { name: decl.name, module: mod.path },
        });
      }
    }
  },
};

/** Every `--pm-*` property's default, as the element's styles have it (light, and dark when it differs). */
// The analyzer does not await plugins: read the built styles before it runs.
const defaultsByClass = await elementCssDefaults('dist/npm');
const cssPropertyDefaults = {
  name: 'pm-css-defaults',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.customElement || !decl.cssProperties?.length) continue;
        const defaults = defaultsByClass.get(decl.name) ?? new Map();
        for (const property of decl.cssProperties) {
          if (!defaults.has(property.name))
            throw new Error(`<${decl.tagName}> documents ${property.name}, which its styles never read`);
          property.default = defaults.get(property.name);
        }
      }
    }
  },
};

/** Paths of the files that ship (dist/npm/*.js), not the TypeScript sources. */
const shippedPaths = {
  name: 'pm-shipped-paths',
  packageLinkPhase({ customElementsManifest }) {
    const fix = (ref) => {
      if (ref?.module) ref.module = shipped(ref.module);
    };
    for (const mod of customElementsManifest.modules) {
      mod.path = shipped(mod.path);
      for (const e of mod.exports ?? []) fix(e.declaration);
      for (const decl of mod.declarations ?? []) {
        fix(decl.superclass);
        for (const item of [...(decl.members ?? []), ...(decl.attributes ?? []), ...(decl.events ?? [])])
          fix(item.inheritedFrom);
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicOnly, definitions, cssPropertyDefaults, shippedPaths],
};
