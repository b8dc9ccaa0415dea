// The theming playground: each control sets one --pm-* property on the preview
// and the CSS box lists the changed ones, ready to copy. The colour swatches
// start from the theme the preview is showing (light or dark), not fixed values.
const form = document.getElementById('controls');
const preview = document.getElementById('preview');
const output = document.getElementById('css-out');
const status = document.getElementById('copied');
const defaults = new Map([...form.elements].filter((el) => el.name).map((el) => [el.name, el.value]));
const touched = new Set();

/** Each colour control's default from the preview card's current theme (its private --_ tokens). */
function syncSwatches() {
  const card = preview.querySelector('pm-pathway-card');
  const tokens = getComputedStyle(card);
  for (const el of form.querySelectorAll('input[type="color"]')) {
    const token = tokens.getPropertyValue(el.name.replace('--pm-color-', '--_')).trim();
    if (!/^#[0-9a-f]{6}$/i.test(token)) continue;
    defaults.set(el.name, token);
    if (!touched.has(el.name)) el.value = token;
  }
}

function apply() {
  const lines = [];
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.name === 'theme') {
      preview.querySelectorAll('pm-pathway-card, pm-pathway-picker').forEach((w) => w.setAttribute('theme', el.value));
      continue;
    }
    const changed = el.value !== defaults.get(el.name);
    const value = el.dataset.unit ? `${el.value}${el.dataset.unit}` : el.value;
    if (changed && el.value) preview.style.setProperty(el.name, value);
    else preview.style.removeProperty(el.name);
    if (changed && el.value) lines.push(`  ${el.name}: ${value};`);
  }
  output.value = lines.length
    ? `/* pm-pathways theme: put it on body or any ancestor of the widgets.\n   --pm-color-* values apply in light and dark alike: for both, set a dark pair\n   inside @media (prefers-color-scheme: dark) { … } */\nbody {\n${lines.join('\n')}\n}\n`
    : '/* Change a control to get your CSS. */\n';
}

form.addEventListener('input', (event) => {
  if (event.target.type === 'color') touched.add(event.target.name);
  apply();
  if (event.target.name === 'theme') {
    syncSwatches();
    apply();
  }
});
form.addEventListener('reset', () =>
  setTimeout(() => {
    touched.clear();
    apply();
    syncSwatches();
    apply();
  }),
);
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
  syncSwatches();
  apply();
});
document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(output.value);
    status.textContent = 'Copied.';
  } catch {
    output.select(); // no clipboard permission: select it for Ctrl+C
    status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});
customElements.whenDefined('pm-pathway-card').then(() => {
  syncSwatches();
  apply();
});
apply();
