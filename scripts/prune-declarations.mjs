// After `tsc --emitDeclarationOnly`: removes the .d.ts files of dist/npm that no exported
// entry's types can reach (private modules: styles, loaders, storage, generated content).
// A user's type checker never opens them; they only made the tarball bigger.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = Object.values(pkg.exports).flatMap((target) =>
  typeof target === 'object' && target.types?.startsWith('./dist/npm/') ? [resolve(target.types)] : [],
);
const reachable = new Set();
const pending = [...entries];
while (pending.length) {
  const file = pending.pop();
  if (reachable.has(file)) continue;
  if (!existsSync(file)) throw new Error(`${file}: named in package.json or imported by a declaration, but missing`);
  reachable.add(file);
  // Static imports and re-exports, and import("…") types.
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(
    /(?:\bfrom|\bimport\s*\(?)\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  ))
    pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.d.ts')));
}
const all = readdirSync('dist/npm', { recursive: true })
  .filter((name) => name.endsWith('.d.ts'))
  .map((name) => resolve(join('dist/npm', name)));
for (const file of all) if (!reachable.has(file)) rmSync(file);
