// What each part of the script-tag bundle costs: its modules by folder, minified and gzipped alone.
//   node bench/breakdown.mjs [entry, default src/index.ts]
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';

const gzip = (code) => gzipSync(code, { level: 9 }).length;
async function bundle(input) {
  const plugins = [nodeResolve(), esbuild({ target: 'es2022', minify: true, legalComments: 'none' })];
  const build = await rollup({ input, plugins, onwarn: () => {} });
  const { output } = await build.generate({ format: 'es' });
  return output[0];
}

const entry = process.argv[2] ?? 'src/index.ts';
const whole = await bundle(entry);
console.log(`${entry}: ${whole.code.length} B min, ${gzip(whole.code)} B gzip`);
const groups = {};
for (const [id, module] of Object.entries(whole.modules)) {
  const path = relative(process.cwd(), id);
  const group = path.startsWith('node_modules/@lit/context')
    ? '@lit/context'
    : path.startsWith('node_modules/')
      ? 'lit'
      : path.replace(/^src\//, '').replace(/\/[^/]*$/, '') +
        (path.includes('generated') ? ' (data)' : path.includes('styles') ? ' (styles)' : '');
  groups[group] = (groups[group] ?? '') + module.code;
}
const rows = Object.entries(groups)
  .map(([group, code]) => [group, code.length, gzip(code)])
  .sort((a, b) => b[2] - a[2]);
for (const [group, min, gz] of rows)
  console.log(`  ${group.padEnd(34)} ${String(min).padStart(6)} B min ${String(gz).padStart(6)} B gzip alone`);
