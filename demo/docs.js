// The docs site's language switcher: sets `lang` on the live examples only (the
// docs text stays English), so every widget on the page shows that language.
const select = document.getElementById('docs-lang');
const KEY = 'pm-pathways-docs:lang';
const targets = () => document.querySelectorAll('.live, #preview');

function apply(lang) {
  for (const el of targets()) {
    if (lang) el.setAttribute('lang', lang);
    else el.removeAttribute('lang');
    if (lang === 'ar') el.setAttribute('dir', 'rtl');
    else el.removeAttribute('dir');
  }
}

let saved = '';
try {
  saved = localStorage.getItem(KEY) ?? '';
} catch {
  /* storage blocked: start from the page language */
}
if ([...select.options].some((o) => o.value === saved)) select.value = saved;
apply(select.value);
select.addEventListener('change', () => {
  apply(select.value);
  try {
    localStorage.setItem(KEY, select.value);
  } catch {
    /* the choice just isn't remembered */
  }
});
