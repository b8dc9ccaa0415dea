// The default of every public --pm-* custom property an element reads, taken
// from its built styles: `var(--pm-x, fallback)`, where a private `--_y`
// fallback is resolved to its light value (and dark, when it differs).
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const declarations = (cssText, name) =>
  [...cssText.matchAll(new RegExp(`${name}:\\s*([^;]+);`, 'g'))].map((m) => m[1].trim());

/** Reads `var(--pm-…, …)` fallbacks, with nested parentheses. */
function fallbacks(cssText) {
  const found = new Map();
  for (const match of cssText.matchAll(/var\((--pm-[\w-]+),\s*/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < cssText.length && depth; end++) depth += cssText[end] === '(' ? 1 : cssText[end] === ')' ? -1 : 0;
    if (!found.has(match[1])) found.set(match[1], cssText.slice(match.index + match[0].length, end - 1).trim());
  }
  return found;
}

/** Map of `--pm-*` name to its default text, for an element class's `styles`. */
export function cssDefaults(styles) {
  const cssText = [styles]
    .flat(Infinity)
    .map((s) => s.cssText)
    .join('\n');
  const result = new Map();
  for (const [name, fallback] of fallbacks(cssText)) {
    const privateName = /^var\((--_[\w-]+)\)$/.exec(fallback)?.[1];
    if (!privateName) {
      result.set(name, fallback);
      continue;
    }
    const [light, dark] = declarations(cssText, privateName);
    const text = (value) => value?.replace(/,(?=\S)/g, ', ');
    result.set(name, dark && dark !== light ? `${text(light)} (dark: ${text(dark)})` : text(light));
  }
  return result;
}

/** For each element class built into `dir`/pathway-*\/pathway-*.js: its class name and cssDefaults(). */
export async function elementCssDefaults(dir) {
  const byClass = new Map();
  for (const folder of readdirSync(dir).filter((name) => name.startsWith('pathway-'))) {
    const module = await import(pathToFileURL(resolve(join(dir, folder, `${folder}.js`))).href);
    for (const [name, value] of Object.entries(module)) if (value?.styles) byClass.set(name, cssDefaults(value.styles));
  }
  return byClass;
}
