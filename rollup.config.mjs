import { rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyCssPlugin } from './scripts/minify-css.mjs';

// Per-element modules for npm: lit and @lit/context stay imports, so a site
// bundles one copy of Lit. Plain readable ES2022, one file per source module.
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
  },
  external: [/^lit($|\/)/, /^@lit\//, /^react($|\/)/],
  plugins: [minifyCssPlugin(), esbuild({ target: 'es2022' })],
  output: { dir: 'dist/npm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
};

// The script-tag build: one minified module with Lit and the English data.
// What only some pages need (the quiz, custom-data validation, other languages,
// hydration) is a dynamic import() in src/, so it lands in dist/chunks/ and is
// fetched from beside the script when a page first needs it.
const bundle = {
  input: { 'pm-pathways': 'src/bundle.ts' },
  plugins: [
    { name: 'pm-clean-chunks', buildStart: () => rmSync('dist/chunks', { recursive: true, force: true }) }, // no stale hashes
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
