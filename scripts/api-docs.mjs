// From dist/custom-elements.json: the README's API tables (between the
// <!-- api:TAG --> markers) and VS Code's HTML custom data.
//   node scripts/api-docs.mjs           writes both
//   node scripts/api-docs.mjs --vscode  writes the VS Code data only (the build)
//   node scripts/api-docs.mjs --check   fails if the README's tables are stale
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) => rows.length
  ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
  : '';

export function apiTables(element) {
  const fields = new Map((element.members ?? []).map((m) => [m.name, m]));
  const attributes = (element.attributes ?? []).map((a) => {
    const field = fields.get(a.fieldName);
    fields.delete(a.fieldName);
    return [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default ?? field?.default), cell(a.description ?? field?.description)];
  });
  const properties = [...fields.values()].filter((m) => m.kind === 'field')
    .map((m) => [code(m.name), code(m.type?.text), cell(m.description)]);
  return [
    `**${element.summary ?? element.description ?? ''}**`,
    table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes),
    properties.length ? `Properties without an attribute:\n\n${table(['Property', 'Type', 'Description'], properties)}` : '',
    table(['Event', 'Event class', 'Description'], (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)])),
    table(['Slot', 'Description'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])),
    table(['CSS part', 'Description'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    table(['CSS custom property', 'Default', 'Description'], (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)])),
  ].filter(Boolean).join('\n\n');
}

function vscodeData() {
  return {
    version: 1.1,
    tags: elements.map((e) => ({
      name: e.tagName,
      description: e.summary ?? e.description ?? '',
      attributes: (e.attributes ?? []).map((a) => {
        const values = [...(a.type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => ({ name: m[1] }));
        return { name: a.name, description: a.description ?? '', ...(values.length ? { values } : {}) };
      }),
    })),
  };
}

writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscodeData(), null, 2)}\n`);
if (process.argv.includes('--vscode')) process.exit(0);

const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/(<!-- api:([\w-]+) -->)[\s\S]*?(<!-- \/api -->)/g, (_, open, tag, close) => {
  const element = elements.find((e) => e.tagName === tag);
  if (!element) throw new Error(`README names <${tag}>, which the manifest does not have`);
  return `${open}\n${apiTables(element)}\n${close}`;
});

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md API tables are out of date with the JSDoc: run `npm run docs` and commit.');
    process.exit(1);
  }
  console.log('README API tables match the manifest.');
} else {
  writeFileSync('README.md', updated);
}
