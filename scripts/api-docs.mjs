// The one generator of API tables, from dist/custom-elements.json: Markdown for
// the README (between <!-- api:TAG --> markers), HTML for the docs site
// (scripts/build-site.mjs calls apiHtml()), and VS Code's HTML custom data.
//   node scripts/api-docs.mjs           writes the README tables and the VS Code data
//   node scripts/api-docs.mjs --vscode  writes the VS Code data only (the build)
//   node scripts/api-docs.mjs --check   fails if the README's tables are stale
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The custom elements of a manifest (default: the built one), each with its tag name. */
export function manifestElements(manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'))) {
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

/**
 * The rows of every API table of one element, as plain text; `code(text)`
 * marks names and values. Markdown and HTML differ only in how they draw them.
 */
function apiRows(element, code) {
  const fields = new Map((element.members ?? []).map((m) => [m.name, m]));
  const attributes = (element.attributes ?? []).map((a) => {
    const field = fields.get(a.fieldName);
    fields.delete(a.fieldName);
    return [
      code(a.name),
      code(a.fieldName),
      code(a.type?.text),
      code(a.default ?? field?.default),
      { prose: a.description ?? field?.description },
    ];
  });
  return [
    {
      caption: 'Attributes and properties',
      head: ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      rows: attributes,
    },
    {
      caption: 'Properties without an attribute',
      head: ['Property', 'Type', 'Description'],
      rows: [...fields.values()]
        .filter((m) => m.kind === 'field')
        .map((m) => [code(m.name), code(m.type?.text), { prose: m.description }]),
    },
    {
      caption: 'Events',
      head: ['Event', 'Event class', 'Description'],
      rows: (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), { prose: e.description }]),
    },
    {
      caption: 'Slots',
      head: ['Slot', 'Description'],
      rows: (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', { prose: s.description }]),
    },
    {
      caption: 'CSS parts',
      head: ['CSS part', 'Description'],
      rows: (element.cssParts ?? []).map((p) => [code(p.name), { prose: p.description }]),
    },
    {
      caption: 'CSS custom properties',
      head: ['CSS custom property', 'Default', 'Description'],
      rows: (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), { prose: p.description }]),
    },
  ].filter((t) => t.rows.length);
}

/** An element's API as Markdown tables (the README's). */
export function apiTables(element) {
  const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const code = (text) => (text ? `\`${cell(text)}\`` : '');
  const show = (c) => (typeof c === 'object' ? cell(c.prose) : c);
  const tables = apiRows(element, code).map(({ caption, head, rows }) =>
    [
      caption === 'Properties without an attribute' ? 'Properties without an attribute:\n' : '',
      `| ${head.join(' | ')} |`,
      `|${head.map(() => '---').join('|')}|`,
      ...rows.map((r) => `| ${r.map(show).join(' | ')} |`),
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [`**${element.summary ?? element.description ?? ''}**`, ...tables].join('\n\n');
}

/** An element's API as HTML tables with captions (the docs site's). Backticks in JSDoc become <code>. */
export function apiHtml(element) {
  const esc = (text = '') => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const code = (text) => (text ? `<code>${esc(text)}</code>` : '');
  const show = (c) => (typeof c === 'object' ? esc(c.prose).replace(/`([^`]+)`/g, '<code>$1</code>') : c);
  return apiRows(element, code)
    .map(
      ({ caption, head, rows }) =>
        `<table><caption>${caption}</caption><thead><tr>${head
          .map((h) => `<th scope="col">${h}</th>`)
          .join('')}</tr></thead><tbody>${rows
          // data-label: a narrow screen stacks each row, naming every cell (docs.css).
          .map((r) => `<tr>${r.map((c, i) => `<td data-label="${head[i]}">${show(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
    )
    .join('\n');
}

/** VS Code's HTML custom data: tags, their attributes and the values of union-typed ones. */
export function vscodeData(elements = manifestElements()) {
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

/** `readme` with every <!-- api:TAG --> … <!-- /api --> block regenerated. */
export function withApiTables(readme, elements = manifestElements()) {
  return readme.replace(/(<!-- api:([\w-]+) -->)[\s\S]*?(<!-- \/api -->)/g, (_, open, tag, close) => {
    const element = elements.find((e) => e.tagName === tag);
    if (!element) throw new Error(`README names <${tag}>, which the manifest does not have`);
    return `${open}\n${apiTables(element)}\n${close}`;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscodeData(), null, 2)}\n`);
  if (!process.argv.includes('--vscode')) {
    const readme = readFileSync('README.md', 'utf8');
    const updated = withApiTables(readme);
    if (process.argv.includes('--check')) {
      if (updated !== readme) {
        console.error('README.md API tables are out of date with the JSDoc: run `npm run docs` and commit.');
        process.exit(1);
      }
      console.log('README API tables match the manifest.');
    } else {
      writeFileSync('README.md', updated);
    }
  }
}
