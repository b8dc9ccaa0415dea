// The theming playground: each control sets one --pm-* property on the preview
// and the CSS box lists the changed ones, ready to copy.
const form = document.getElementById('controls');
const preview = document.getElementById('preview');
const output = document.getElementById('css-out');
const status = document.getElementById('copied');
const defaults = new Map([...form.elements].filter((el) => el.name).map((el) => [el.name, el.value]));

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
  output.value = lines.length ? `/* pm-pathways theme: put it on body or any ancestor of the widgets */\nbody {\n${lines.join('\n')}\n}\n` : '/* Change a control to get your CSS. */\n';
}

form.addEventListener('input', apply);
form.addEventListener('reset', () => setTimeout(apply));
document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(output.value);
    status.textContent = 'Copied.';
  } catch {
    output.select(); // no clipboard permission: select it for Ctrl+C
    status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});
apply();
