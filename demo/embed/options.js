// Reads an embed page's query options. Only values from allow-lists (or the
// accent's hex pattern) come through; anything else is dropped, so no query
// text ever reaches the page's HTML or CSS.
export const LANGS = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'];
const THEMES = ['light', 'dark', 'auto'];
const VARIANTS = ['full', 'compact'];
const VIEWS = ['browse', 'quiz'];
const HEX = /^[0-9a-f]{3}([0-9a-f]{3})?$/i;
const YES = ['', '1', 'true', 'yes'];
const NO = ['0', 'false', 'no'];

const oneOf = (list, value) => list.find((v) => v.toLowerCase() === String(value).toLowerCase());

/**
 * The valid options in a query string, for a `card` or `picker` embed page.
 * @param {string} search location.search
 * @param {'card' | 'picker'} kind
 * @returns {{ theme?: string, lang?: string, accent?: string, variant?: string, checklist?: boolean, view?: string }}
 */
export function parseEmbedOptions(search, kind) {
  const query = new URLSearchParams(search);
  const options = {};
  const pick = (name, list) => {
    const value = query.has(name) ? oneOf(list, query.get(name)) : undefined;
    if (value) options[name] = value;
  };
  pick('theme', THEMES);
  pick('lang', LANGS);
  const accent = query.get('accent')?.replace(/^#/, '');
  if (accent && HEX.test(accent)) options.accent = `#${accent.toLowerCase()}`;
  if (kind === 'card') {
    pick('variant', VARIANTS);
    const checklist = query.get('checklist');
    if (checklist !== null && YES.includes(checklist.toLowerCase())) options.checklist = true;
    if (checklist !== null && NO.includes(checklist.toLowerCase())) options.checklist = false;
  } else {
    pick('view', VIEWS);
  }
  return options;
}

/** Relative luminance of a #rgb / #rrggbb colour (WCAG 2.2). */
export function luminance(hex) {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4]
    .map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two hex colours, 1 to 21. */
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on the accent (for --pm-color-accent-contrast). */
export function textOn(accent) {
  return contrast(accent, '#ffffff') >= contrast(accent, '#000000') ? '#ffffff' : '#000000';
}
