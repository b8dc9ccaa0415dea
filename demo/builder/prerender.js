// Serialises a rendered pm-* element into a static copy of itself: each shadow
// root becomes a declarative one carrying its styles, pm-* tags become plain
// divs (so nothing upgrades or hydrates inside the copy), comments are dropped.
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const escText = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (t) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The CSS text of a shadow root: its adopted sheets and any <style> inside. */
function rootCss(root) {
  return (root.adoptedStyleSheets ?? []).flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
}

/** The attributes of an element as HTML text, with live form state written down. */
export function attributesOf(el, skip = []) {
  const attrs = [...el.attributes].filter((a) => !skip.includes(a.name)).map((a) => ` ${a.name}="${escAttr(a.value)}"`);
  if (el.localName === 'input' && el.checked && !el.hasAttribute('checked')) attrs.push(' checked');
  return attrs.join('');
}

function shadowTemplate(host, heading) {
  const root = host.shadowRoot;
  return `<template shadowrootmode="open"><style>${rootCss(root).replace(/<\/style/gi, '<\\/style')}</style>${children(root, heading)}</template>`;
}

function children(node, heading) {
  return [...node.childNodes].map((child) => serialize(child, heading)).join('');
}

function serialize(node, heading) {
  if (node.nodeType === Node.TEXT_NODE) return node.parentNode?.localName === 'style' ? node.data : escText(node.data);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  let tag = node.localName.startsWith('pm-') ? 'div' : node.localName;
  if (/^h[1-6]$/.test(tag)) tag = `h${Math.min(6, Math.max(1, Number(tag[1]) + heading))}`;
  const open = `<${tag}${attributesOf(node)}>`;
  if (VOID.has(tag)) return open;
  const inner = node.shadowRoot ? shadowTemplate(node, heading) : children(node, heading);
  return `${open}${inner}</${tag}>`;
}

/**
 * A static copy of a rendered element's shadow DOM.
 * @param {HTMLElement} el a defined, rendered pm-* element
 * @param {number} headingShift how many levels to move every heading (the snippet's heading-level minus the preview's)
 * @returns {{ css: string, html: string, hostAttributes: string }}
 */
export function prerender(el, headingShift = 0) {
  return {
    css: rootCss(el.shadowRoot).replace(/<\/style/gi, '<\\/style'),
    html: children(el.shadowRoot, headingShift),
    hostAttributes: attributesOf(el, ['class', 'style', 'id', 'heading-level']).trim(),
  };
}
