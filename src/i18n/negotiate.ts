import { locales } from '../generated/locales/index.js';

/** The languages the package ships: English (in the script-tag bundle) and each translation in content/locales/. */
export const SHIPPED_LANGS: readonly string[] = ['en', ...Object.keys(locales)];

/** Primary language subtags written right to left. */
const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

const primary = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();

/**
 * The shipped language for a BCP 47 tag: the exact tag, else the first shipped
 * one with its language (`es-MX` → `es`, `pt-PT` → `pt-BR`), else English, quietly.
 */
export function negotiate(tag: string | null | undefined, shipped = SHIPPED_LANGS): string {
  const wanted = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  return (
    shipped.find((lang) => lang.toLowerCase() === wanted) ??
    shipped.find((lang) => primary(lang) === primary(wanted)) ??
    'en'
  );
}

/** Whether a language is written right to left. */
export const isRtl = (tag: string | null | undefined): boolean => RTL.has(primary(tag ?? ''));
