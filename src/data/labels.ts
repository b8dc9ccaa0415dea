const rules = new Map<string, Intl.PluralRules>();
/** The plural category of `n` in `lang`; an unusable tag counts as English. */
function pluralOf(n: number, lang: string): string {
  let rule = rules.get(lang);
  if (!rule) {
    try {
      rule = new Intl.PluralRules(lang);
    } catch {
      rule = new Intl.PluralRules('en');
    }
    rules.set(lang, rule);
  }
  return rule.select(n);
}

/**
 * Fills `{name}` placeholders of a label; unknown placeholders stay as written.
 * `{name|one:# step|other:# steps}` picks the plural form of the number `name`
 * in `lang` (categories of Intl.PluralRules), `#` standing for the number.
 */
export function format(template: string, values: Record<string, string | number>, lang = 'en'): string {
  return template.replace(/\{(\w+)((?:\|[a-z]+:[^|{}]*)*)\}/g, (whole, name: string, plural: string) => {
    if (!(name in values)) return whole;
    const value = String(values[name]);
    if (!plural) return value;
    const form = (category: string) =>
      plural
        .split('|')
        .find((f) => f.startsWith(`${category}:`))
        ?.slice(category.length + 1);
    return (form(pluralOf(Number(value), lang)) ?? form('other') ?? '').replace(/#/g, value);
  });
}
