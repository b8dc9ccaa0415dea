/** The languages the package ships, English first (it is in the script-tag bundle). */
export const SHIPPED_LANGS = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'] as const;
export type ShippedLang = (typeof SHIPPED_LANGS)[number];

/** Primary language subtags written right to left. */
const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

const primary = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();

/**
 * The shipped language for a BCP 47 tag: the exact tag, else the first shipped
 * one with its language (`es-MX` → `es`, `pt-PT` → `pt-BR`), else English, quietly.
 */
export function negotiate(tag: string | null | undefined): ShippedLang {
  const wanted = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  return SHIPPED_LANGS.find((lang) => lang.toLowerCase() === wanted)
    ?? SHIPPED_LANGS.find((lang) => primary(lang) === primary(wanted))
    ?? 'en';
}

/** Whether a language is written right to left. */
export const isRtl = (tag: string | null | undefined): boolean => RTL.has(primary(tag ?? ''));
