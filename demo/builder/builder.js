// The embed builder page: choices → live preview, contrast check, text editing
// with live validation, and the three snippets (snippets.js) to copy.
import { COLORS, embedSnippet, prerenderedSnippet, scriptSnippet } from './snippets.js';
import { prerender } from './prerender.js';
import { contrast } from '../embed/options.js';
import { validateDataset } from '../validate.js';

const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const fields = document.getElementById('text-fields');
const validation = document.getElementById('validation');
const contrastBox = document.getElementById('contrast');
const out = document.getElementById('snippet-out');
const note = document.getElementById('snippet-note');
const status = document.getElementById('copy-status');
const snippetForm = document.getElementById('snippet-form');
const PREVIEW_LEVEL = 3; // the preview sits under the page's "Preview" h2

const original = new Map(); // lang → dataset as published
const touched = new Set(); // colour controls the user changed
let edited; // the edited dataset, or undefined while the text is the original
let invalid = false;
let warned = false; // the copy button already warned about low contrast

async function dataset(lang) {
  if (!original.has(lang)) {
    const file = lang === 'en' ? 'pathways.json' : `locales/${lang}.json`;
    const response = await fetch(file).catch(() => undefined);
    original.set(lang, response?.ok ? await response.json() : lang === 'en' ? undefined : await dataset('en'));
  }
  return original.get(lang);
}

function choice() {
  const f = form.elements;
  const colors = Object.fromEntries(COLORS.filter((name) => touched.has(name)).map((name) => [name, f[name].value]));
  return {
    element: f.element.value,
    pathway: f.pathway.value,
    variant: f.variant.value,
    checklist: f.checklist.checked,
    view: f.view.value,
    theme: f.theme.value,
    lang: f.lang.value,
    headingLevel: Number(f.headingLevel.value),
    colors,
    dataset: edited,
  };
}

/** The colours the widget really shows: the chosen ones, else the theme's own. */
function effectiveColors(el) {
  const tokens = getComputedStyle(el);
  return Object.fromEntries(
    COLORS.map((name) => [
      name,
      touched.has(name)
        ? form.elements[name].value
        : tokens.getPropertyValue(name.replace('--pm-color-', '--_')).trim(),
    ]),
  );
}

const PAIRS = [
  ['Text on the card', '--pm-color-text', '--pm-color-surface', 4.5],
  ['Secondary text on the card', '--pm-color-muted', '--pm-color-surface', 4.5],
  ['Text on the accent', '--pm-color-accent-contrast', '--pm-color-accent', 4.5],
  ['Accent (numbers, focus) on the card', '--pm-color-accent', '--pm-color-surface', 3],
];

/** Checks every colour pair against WCAG 2.2 AA; returns the failing ones. */
function checkContrast(el) {
  const colors = effectiveColors(el);
  const rows = PAIRS.map(([label, fg, bg, min]) => {
    const ratio =
      /^#[0-9a-f]{6}$/i.test(colors[fg]) && /^#[0-9a-f]{6}$/i.test(colors[bg]) ? contrast(colors[fg], colors[bg]) : 21;
    return { label, ratio, min, ok: ratio >= min };
  });
  contrastBox.replaceChildren(
    ...rows.map((r) => {
      const line = document.createElement('p');
      line.className = r.ok ? 'ok' : 'warn';
      line.textContent = `${r.ok ? '✓' : '⚠'} ${r.label}: ${r.ratio.toFixed(1)}:1 (needs ${r.min}:1)`;
      return line;
    }),
  );
  // Keep untouched swatches showing the theme's colours.
  for (const name of COLORS)
    if (!touched.has(name) && /^#[0-9a-f]{6}$/i.test(colors[name])) form.elements[name].value = colors[name];
  return rows.filter((r) => !r.ok);
}

function textField(label, path, value, multiline) {
  const wrap = document.createElement('label');
  wrap.textContent = label;
  const input = document.createElement(multiline ? 'textarea' : 'input');
  input.value = value ?? '';
  input.dataset.path = path;
  if (multiline) input.rows = 3;
  wrap.append(input);
  return wrap;
}

/** The form over the dataset: the chosen route's texts (card) or the guide's (picker). */
async function buildTextFields() {
  const c = choice();
  const data = edited ?? (await dataset(c.lang));
  if (!data) return;
  const rows = [];
  if (c.element === 'card') {
    const i = data.pathways.findIndex((p) => p.id === c.pathway);
    const p = data.pathways[i];
    if (!p) return;
    rows.push(
      textField('Title', `pathways.${i}.title`, p.title),
      textField('Summary', `pathways.${i}.summary`, p.summary, true),
    );
    p.steps.forEach((s, j) =>
      rows.push(
        textField(`Step ${j + 1} title`, `pathways.${i}.steps.${j}.title`, s.title),
        textField(`Step ${j + 1} text`, `pathways.${i}.steps.${j}.body`, s.body, true),
      ),
    );
  } else {
    rows.push(textField('Title', 'title', data.title), textField('Introduction', 'intro', data.intro, true));
    data.pathways.forEach((p, i) => rows.push(textField(`Route ${i + 1}`, `pathways.${i}.title`, p.title)));
  }
  fields.replaceChildren(...rows);
}

function setPath(target, path, value) {
  const keys = path.split('.');
  const last = keys.pop();
  const parent = keys.reduce((o, k) => o[k], target);
  parent[last] = value;
}

async function onTextInput(event) {
  const input = event.target;
  if (!input.dataset.path) return;
  edited ??= structuredClone(await dataset(choice().lang));
  setPath(edited, input.dataset.path, input.value);
  const result = validateDataset(edited);
  invalid = !result.ok;
  validation.textContent = result.ok
    ? 'The text is valid.'
    : `Not valid yet: ${result.problems
        .slice(0, 3)
        .map((p) => `${p.path} ${p.message}`)
        .join('; ')}.`;
  // The validator names paths like pathways[2].title; the fields use pathways.2.title.
  const wrong = new Set(result.ok ? [] : result.problems.map((p) => p.path.replace(/\[(\d+)\]/g, '.$1')));
  for (const field of fields.querySelectorAll('[data-path]'))
    field.setAttribute('aria-invalid', String(wrong.has(field.dataset.path)));
  if (result.ok) await render();
  else updateSnippet();
}

let generation = 0; // only the latest render updates the page: choices can change faster than elements render

async function render() {
  const mine = ++generation;
  preview.setAttribute('aria-busy', 'true');
  const c = choice();
  document.body.classList.toggle('picker-chosen', c.element === 'picker');
  const el = document.createElement(c.element === 'card' ? 'pm-pathway-card' : 'pm-pathway-picker');
  if (c.element === 'card') {
    el.setAttribute('pathway', c.pathway);
    el.setAttribute('variant', c.variant);
    el.toggleAttribute('checklist', c.checklist);
  } else {
    el.setAttribute('view', c.view);
  }
  el.setAttribute('theme', c.theme);
  el.setAttribute('lang', c.lang);
  el.setAttribute('heading-level', String(PREVIEW_LEVEL));
  for (const [name, value] of Object.entries(c.colors)) el.style.setProperty(name, value);
  let node = el;
  if (edited && !invalid) {
    node = document.createElement('pm-pathway-data');
    node.data = edited;
    node.append(el);
  }
  preview.replaceChildren(node);
  await customElements.whenDefined(el.localName);
  await el.updateComplete;
  if (mine !== generation) return;
  warned = false;
  checkContrast(el);
  preview.removeAttribute('aria-busy');
  updateSnippet();
}

function updateSnippet() {
  if (preview.hasAttribute('aria-busy')) return; // the render under way writes the snippet when it is done
  const c = choice();
  const kind = snippetForm.elements.kind.value;
  const el = preview.querySelector('pm-pathway-card, pm-pathway-picker');
  const site = new URL('.', location.href);
  note.textContent = '';
  if (invalid && kind !== 'embed') {
    out.value = '';
    note.textContent = 'Fix the text above first: the snippet carries it.';
    return;
  }
  if (kind === 'script') {
    out.value = scriptSnippet(c);
    note.textContent = c.dataset
      ? 'Your edited text travels inside the snippet as JSON.'
      : 'Paste it where the widget should appear.';
  } else if (kind === 'embed') {
    // The embed page's own title in the chosen language (as scripts/build-embed.mjs writes it):
    // the page shows the published text, so the title comes from it, not from any edit.
    const published = original.get(c.lang) ?? original.get('en');
    const route = published?.pathways.find((p) => p.id === c.pathway)?.title;
    const title = c.element === 'card' && route ? `${route} – ${published.title}` : (published?.title ?? '');
    out.value = `${new URL(
      embedSnippet(c, site, { title, height: 0 })
        .match(/src="([^"]+)"/)[1]
        .replace(/&amp;/g, '&'),
    )}\n\n${embedSnippet(c, site, { title, height: c.element === 'card' ? 640 : 980 })}`;
    const lost = [
      c.dataset && 'edited text',
      Object.keys(c.colors).some((n) => n !== '--pm-color-accent') && 'colours other than the accent',
    ].filter(Boolean);
    note.textContent = `First line: the link to paste into Notion, Ghost or WordPress. Then the iframe for an HTML block.${lost.length ? ` An embed page cannot carry your ${lost.join(' or ')}: use the script tag for those.` : ''}`;
  } else {
    out.value = prerenderedSnippet(c, prerender(el, c.headingLevel - PREVIEW_LEVEL));
    note.textContent =
      'The finished widget as HTML: it shows before any script runs and stays readable without JavaScript; the script then makes it interactive in place.';
  }
}

form.addEventListener('input', async (event) => {
  const target = event.target;
  if (target.dataset?.path) return onTextInput(event);
  if (target.type === 'color') touched.add(target.name);
  if (['element', 'pathway', 'lang'].includes(target.name)) {
    if (target.name === 'lang') {
      edited = undefined;
      invalid = false;
      validation.textContent = '';
    }
    await buildTextFields();
  }
  await render();
});
form.addEventListener('submit', (event) => event.preventDefault());
snippetForm.addEventListener('change', () => {
  status.textContent = '';
  updateSnippet();
});
document.getElementById('reset-colours').addEventListener('click', () => {
  touched.clear();
  render();
});
document.getElementById('reset-text').addEventListener('click', async () => {
  edited = undefined;
  invalid = false;
  validation.textContent = 'Back to the original text.';
  await buildTextFields();
  await render();
});
document.getElementById('copy-snippet').addEventListener('click', async () => {
  const el = preview.querySelector('pm-pathway-card, pm-pathway-picker');
  const failing = checkContrast(el);
  if (failing.length && !warned) {
    warned = true;
    status.textContent = `Low contrast: ${failing.map((f) => f.label.toLowerCase()).join(', ')}. Some readers will not be able to read it. Press Copy again to copy anyway.`;
    return;
  }
  if (!out.value) {
    status.textContent = 'Nothing to copy yet.';
    return;
  }
  try {
    // A clipboard that neither answers nor refuses (no focus, a pending prompt) counts as refused after 2 s.
    await Promise.race([
      navigator.clipboard.writeText(out.value),
      new Promise((_, reject) => setTimeout(reject, 2000)),
    ]);
    status.textContent = 'Copied.';
  } catch {
    out.focus();
    out.select(); // no clipboard permission: select it for Ctrl+C
    status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

await buildTextFields();
await render();
