// Runs on every embed page before the elements are defined: applies the valid
// query options to the element, then reports the page's height to the parent
// whenever it changes. Nothing here needs storage, so it works under
// sandbox="allow-scripts" without allow-same-origin.
import { parseEmbedOptions, textOn } from './options.js';
import { resizeMessages, secretFrom } from './resize.js';

const element = document.querySelector('pm-pathway-card, pm-pathway-picker');
const options = parseEmbedOptions(location.search, element.localName === 'pm-pathway-card' ? 'card' : 'picker');

for (const name of ['theme', 'lang', 'variant', 'view']) {
  if (options[name]) element.setAttribute(name, options[name]);
}
if (options.checklist !== undefined) element.toggleAttribute('checklist', options.checklist);
if (options.accent) {
  element.style.setProperty('--pm-color-accent', options.accent);
  element.style.setProperty('--pm-color-accent-contrast', textOn(options.accent));
}
if (options.lang) {
  // The text inside the element is the page's fallback, in the page's own language, until the
  // element upgrades (and for a reader whose browser cannot run it): it keeps that language.
  const own = { lang: document.documentElement.lang, dir: document.documentElement.dir || 'ltr' };
  for (const child of element.children) Object.assign(child, own);
  document.documentElement.lang = options.lang;
  document.documentElement.dir = options.lang === 'ar' ? 'rtl' : 'ltr';
  // The title in that language: build-embed.mjs lists the page's translations as alternates, with their titles.
  const alternate = document.querySelector(`link[rel="alternate"][hreflang="${options.lang}"]`);
  if (alternate?.title) document.title = alternate.title;
}
// A page and its iframe must agree on color-scheme, or the browser paints the frame opaque.
document.documentElement.style.colorScheme = { light: 'light', dark: 'dark' }[options.theme] ?? 'light dark';

const secret = secretFrom(location.hash);
let windowId;
let last = 0;

function report(force = false) {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if ((height === last && !force) || window.parent === window) return;
  last = height;
  for (const message of resizeMessages(height, { href: location.href, secret, windowId })) {
    window.parent.postMessage(message, '*');
  }
}

// Iframely's hosts say hello with { method: 'register', windowId } and expect it back.
window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  let data = event.data;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return;
    }
  }
  if (data?.method === 'register' && /^[\w-]{1,64}$/.test(String(data.windowId))) {
    windowId = String(data.windowId);
    report(true);
  }
});

new ResizeObserver(() => report()).observe(document.body);
