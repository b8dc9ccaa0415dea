// The embed builder's three snippets, from its choices. Pure: no DOM, so the
// same functions are tested in Node and used by the page.

/** The published script; the builder's own page knows no better address for a blogger's post. */
export const CDN = 'https://cdn.jsdelivr.net/npm/pm-pathways@0/dist/pm-pathways.js';
export const COLORS = [
  '--pm-color-text',
  '--pm-color-muted',
  '--pm-color-surface',
  '--pm-color-border',
  '--pm-color-accent',
  '--pm-color-accent-contrast',
];

const attr = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The element's tag with its attributes.
 * @param {{ element: 'card' | 'picker', pathway?: string, variant?: string, checklist?: boolean, view?: string,
 *   theme?: string, lang?: string, headingLevel?: number }} choice
 */
export function elementTag(choice, inner = '', indent = '') {
  const attrs = [];
  if (choice.element === 'card') {
    attrs.push(`pathway="${attr(choice.pathway)}"`);
    if (choice.variant === 'compact') attrs.push('variant="compact"');
    if (choice.checklist) attrs.push('checklist');
  } else if (choice.view === 'quiz') {
    attrs.push('view="quiz"');
  }
  if (choice.theme && choice.theme !== 'auto') attrs.push(`theme="${attr(choice.theme)}"`);
  if (choice.lang && choice.lang !== 'en') attrs.push(`lang="${attr(choice.lang)}"`);
  if (choice.headingLevel) attrs.push(`heading-level="${choice.headingLevel}"`);
  const tag = choice.element === 'card' ? 'pm-pathway-card' : 'pm-pathway-picker';
  return `${indent}<${tag} class="pm-theme" ${attrs.join(' ')}>${inner}</${tag}>`;
}

/** A `<style>` with the changed colours, for light and dark alike. */
export function themeStyle(colors = {}) {
  const lines = COLORS.filter((name) => colors[name]).map((name) => `    ${name}: ${colors[name]};`);
  return lines.length
    ? `<style>\n  /* --pm-* colours apply in light and dark alike */\n  .pm-theme {\n${lines.join('\n')}\n  }\n</style>\n`
    : '';
}

/** JSON that is safe inside a `<script>` element. */
export const scriptJson = (data) => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * The script-tag snippet: the script, the colours, and the element, wrapped in
 * `<pm-pathway-data>` with inline JSON only when text was edited.
 * @param {object} choice see elementTag, plus `colors` and `dataset` (the edited dataset, or undefined)
 */
export function scriptSnippet(choice, src = CDN) {
  // As in the README: render-blocking where supported, and a reserved box elsewhere, so nothing jumps.
  const script = `<script type="module" src="${attr(src)}" blocking="render"></script>
<style>pm-pathway-card:not(:defined), pm-pathway-picker:not(:defined) { display: block; min-height: 12rem; }</style>\n`;
  if (!choice.dataset) return `${script}${themeStyle(choice.colors)}${elementTag(choice)}\n`;
  return `${script}${themeStyle(choice.colors)}<pm-pathway-data>\n  <script type="application/json">${scriptJson(choice.dataset)}</script>\n${elementTag(choice, '', '  ')}\n</pm-pathway-data>\n`;
}

/** The embed page's address with the choices an embed page takes (accent is its only colour). */
export function embedUrl(choice, siteBase) {
  const page = choice.element === 'card' ? `embed/card-${choice.pathway}.html` : 'embed/picker.html';
  const url = new URL(page, siteBase);
  if (choice.theme && choice.theme !== 'auto') url.searchParams.set('theme', choice.theme);
  if (choice.lang && choice.lang !== 'en') url.searchParams.set('lang', choice.lang);
  const accent = choice.colors?.['--pm-color-accent'];
  if (accent) url.searchParams.set('accent', accent.replace('#', ''));
  if (choice.element === 'card') {
    if (choice.variant === 'compact') url.searchParams.set('variant', 'compact');
    if (choice.checklist) url.searchParams.set('checklist', '1');
  } else if (choice.view === 'quiz') {
    url.searchParams.set('view', 'quiz');
  }
  return url.href;
}

/** The iframe snippet, with the few lines that let a page that allows scripts follow the widget's height. */
export function embedSnippet(choice, siteBase, { title, height }) {
  const src = embedUrl(choice, siteBase);
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="600" height="${height}" style="border:0;width:100%;max-width:720px" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>
<!-- Optional, where scripts are allowed: the iframe follows the widget's height. -->
<script>
  addEventListener('message', (e) => {
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
    if (frame && e.data && e.data.type === 'pm-pathways:resize') frame.style.height = e.data.height + 'px';
  });
</script>
`;
}

/**
 * The server-rendered snippet: the element holds a pre-rendered copy of itself
 * as its no-JavaScript content (a declarative shadow root, so the copy keeps the
 * widget's own styles). Readers see the finished widget before any script runs;
 * when the script loads, the live element draws in the same frame and the copy,
 * being unslotted light DOM, steps aside: same size, so nothing moves.
 * @param {object} choice as for scriptSnippet
 * @param {{ css: string, html: string, hostAttributes: string }} rendered from the live preview
 */
export function prerenderedSnippet(choice, rendered, src = CDN) {
  const copy = `<div class="pm-prerendered" ${rendered.hostAttributes}><template shadowrootmode="open"><style>${rendered.css}</style>${rendered.html}</template></div>`;
  const tag = elementTag(choice, `\n  ${copy}\n`);
  const wrapped = choice.dataset
    ? `<pm-pathway-data>\n  <script type="application/json">${scriptJson(choice.dataset)}</script>\n${tag}\n</pm-pathway-data>`
    : tag;
  // Block from the start, as the live element will be, so the copy takes exactly its box.
  const block =
    '<style>pm-pathway-card:not(:defined), pm-pathway-picker:not(:defined), pm-pathway-data { display: block; }</style>\n';
  return `${block}${themeStyle(choice.colors)}${wrapped}\n<script type="module" src="${attr(src)}"></script>\n`;
}
