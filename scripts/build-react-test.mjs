// Bundles the React test into tests/.tmp/ before the browser tests run (the test server cannot convert React's CommonJS).
import { build } from 'esbuild';

await build({
  entryPoints: ['tests/react/react.test.tsx'],
  outfile: 'tests/.tmp/react.test.js',
  bundle: true,
  format: 'esm',
  jsx: 'automatic',
  target: 'es2022',
  sourcemap: 'inline',
  define: { 'process.env.NODE_ENV': '"development"' },
  logLevel: 'warning',
});
