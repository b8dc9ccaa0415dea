import { rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { transform } from 'esbuild';
import terser from '@rollup/plugin-terser';
import { minifyCssPlugin } from './scripts/minify-css.mjs';

// Each translation ships once in the npm package, as dist/locales/<lang>.json (the
// file a user copies to edit): the npm modules import that file rather than carry
// a second copy of its text. The script-tag build keeps its own minified chunks.
const localesFromJson = {
  name: 'pm-locales-from-json',
  load(id) {
    const lang = id.match(/src[\\/]generated[\\/]locales[\\/]([\w-]+)\.ts$/)?.[1];
    if (!lang || lang === 'index') return null;
    return `import dataset from '\0locale:${lang}' with { type: 'json' };\nexport { dataset };\n`;
  },
  resolveId: (source) =>
    source.startsWith('\0locale:') ? { id: `../../../locales/${source.slice(8)}.json`, external: 'relative' } : null,
};

// The script tag's language chunks fetch the same file from dist/locales/ (one more
// small request, same origin) instead of holding a third copy of the text.
const localesFetched = {
  name: 'pm-locales-fetched',
  load(id) {
    const lang = id.match(/src[\\/]generated[\\/]locales[\\/]([\w-]+)\.ts$/)?.[1];
    if (!lang || lang === 'index') return null;
    return `const response = await fetch(new URL('../locales/${lang}.json', import.meta.url));
if (!response.ok) throw new Error(\`\${response.status} \${response.url}\`);
export const dataset = await response.json();
`;
  },
};

// The compiled content (the English text and quiz) needs no layout; the code keeps its own.
const compactContent = {
  name: 'pm-compact-content',
  async transform(code, id) {
    if (!/src[\\/]generated[\\/](locales[\\/]index|[^\\/]+)\.ts$/.test(id)) return null;
    const out = await transform(code, { loader: 'ts', target: 'es2022', charset: 'utf8', minifyWhitespace: true });
    return { code: out.code, map: null };
  },
};

// Per-element modules for npm: lit and @lit/context stay imports, so a site
// bundles one copy of Lit. Plain readable ES2022, one file per source module,
// without source maps: the modules are the code as written, less its types.
const npm = {
  input: {
    index: 'src/index.ts',
    'pathway-card/define': 'src/pathway-card/define.ts',
    'pathway-picker/define': 'src/pathway-picker/define.ts',
    'pathway-data/define': 'src/pathway-data/define.ts',
    'quiz/recommend': 'src/quiz/recommend.ts',
    'quiz/plan': 'src/quiz/plan.ts',
    'data/validate': 'src/data/validate.ts',
    'react/index': 'src/react/index.ts',
    ssr: 'src/ssr.ts',
    hydrate: 'src/hydrate.ts',
    jsx: 'src/jsx.ts',
    vue: 'src/vue.ts',
    svelte: 'src/svelte.ts',
  },
  external: [/^lit($|\/)/, /^@lit\//, /^react($|\/)/],
  plugins: [
    { name: 'pm-clean-npm', buildStart: () => rmSync('dist/npm', { recursive: true, force: true }) }, // nothing stale
    localesFromJson,
    minifyCssPlugin(),
    compactContent,
    esbuild({ exclude: /src\/generated\//, target: 'es2022', charset: 'utf8' }),
  ],
  output: {
    dir: 'dist/npm',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    importAttributesKey: 'with',
  },
};

// The script-tag build: one minified module with Lit and the English data.
// What only some pages need (the quiz, custom-data validation, other languages,
// hydration) is a dynamic import() in src/, so it lands in dist/chunks/ and is
// fetched from beside the script when a page first needs it.
const bundle = {
  input: { 'pm-pathways': 'src/bundle.ts' },
  plugins: [
    { name: 'pm-clean-chunks', buildStart: () => rmSync('dist/chunks', { recursive: true, force: true }) }, // no stale hashes
    localesFetched,
    nodeResolve(),
    minifyCssPlugin(),
    esbuild({ target: 'es2022', minify: true, legalComments: 'none', charset: 'utf8' }),
    // A second, slower pass over each output file: terser folds what esbuild's
    // single pass leaves (about 1.3 % gzip). Identifiers only, never property names.
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
};

export default [npm, bundle];
