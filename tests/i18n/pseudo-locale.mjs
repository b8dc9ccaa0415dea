// Writes a pseudo-translation of content/ into content-dir/locales/<lang>/, in the
// locale file format, so the build and the tests can run before (or beside) the
// real translations. Every word is visibly changed; placeholders are kept.
//   node tests/i18n/pseudo-locale.mjs <content-dir> <lang> [<lang>…]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const ACCENTS = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú' };
/** Accents every vowel outside `{placeholders}`, and marks the text with the language. */
const accent = (text) => text.replace(/[aeiouAEIOU]/g, (c) => ACCENTS[c]);
/** Accents every vowel outside `{placeholders}` (and in their plural forms), and marks the text with the language. */
export const pseudo = (text, lang) =>
  `${lang === 'ar' ? 'ع ' : ''}${text
    .split(/(\{[^{}]*\})/)
    .map((part, i) => (i % 2 ? part.replace(/(:)([^|}]*)/g, (_, colon, form) => colon + accent(form)) : accent(part)))
    .join('')}`;

/** Fields that are ids or facts, not words: kept as the English has them. */
const KEEP = new Set(['id', 'tieBreak', 'cost', 'url']);
/** Keeps ids and numbers; translates text; leaves weights out, as the format asks. */
const translateQuiz = (value, lang, key) => {
  if (typeof value === 'string') return KEEP.has(key) ? value : pseudo(value, lang);
  if (Array.isArray(value)) return value.map((v) => translateQuiz(v, lang, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'weights')
        .map(([k, v]) => [k, translateQuiz(v, lang, k)]),
    );
  }
  return value;
};

const markdown = (source, lang, keep) => {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n?/g, '\n'));
  const frontOut = front
    .split('\n')
    .map((line) => {
      const m = /^(\s*)(\w+):\s*(.+)$/.exec(line);
      return m && keep(m[2], m[1]) === false
        ? `${m[1]}${m[2]}: ${JSON.stringify(pseudo(m[3].replace(/^"|"$/g, ''), lang))}`
        : line;
    })
    .join('\n');
  const bodyOut = body
    .split('\n')
    .map((line) => {
      const heading = /^##\s+(.*)$/.exec(line);
      if (heading) return keep('##', heading[1]) ? line : `## ${pseudo(heading[1], lang)}`;
      return line.trim() ? pseudo(line, lang) : line;
    })
    .join('\n');
  return `---\n${frontOut}\n---\n${bodyOut}`;
};

export function writePseudoLocale(contentDir, lang) {
  const out = join(contentDir, 'locales', lang);
  mkdirSync(join(out, 'pathways'), { recursive: true });
  // guide.md: only the top-level title is translated; the source stays as published; section keys stay English.
  writeFileSync(
    join(out, 'guide.md'),
    markdown(readFileSync(join(contentDir, 'guide.md'), 'utf8'), lang, (key, indent) =>
      key === '##' ? true : !(key === 'title' && indent === ''),
    ),
  );
  for (const name of readdirSync(join(contentDir, 'pathways'))) {
    writeFileSync(
      join(out, 'pathways', name),
      markdown(readFileSync(join(contentDir, 'pathways', name), 'utf8'), lang, (key) =>
        key === '##' ? false : key !== 'title',
      ),
    );
  }
  mkdirSync(join(out, 'plans'), { recursive: true });
  for (const name of readdirSync(join(contentDir, 'plans')))
    writeFileSync(
      join(out, 'plans', name),
      stringify(translateQuiz(parse(readFileSync(join(contentDir, 'plans', name), 'utf8')), lang)),
    );
  const labels = parse(readFileSync(join(contentDir, 'labels.yaml'), 'utf8'));
  writeFileSync(
    join(out, 'labels.yaml'),
    stringify(Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, pseudo(v, lang)]))),
  );
  writeFileSync(
    join(out, 'quiz.yaml'),
    stringify(translateQuiz(parse(readFileSync(join(contentDir, 'quiz.yaml'), 'utf8')), lang)),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [contentDir, ...langs] = process.argv.slice(2);
  for (const lang of langs) writePseudoLocale(contentDir, lang);
}
