import { negotiate } from './negotiate.js';
import { loadedLocale, loadLocale } from './locales.js';

let waiting: Promise<void> | undefined | null = null;

/**
 * The load of the page's own language (`<html lang>`), when it is not English
 * and not here yet; else undefined. Elements are defined once it is here, so
 * they render in that language from the first frame, and until then the page's
 * `:not(:defined)` styles hold their place.
 */
export function pageLanguageLoad(): Promise<void> | undefined {
  if (waiting === null) {
    const lang = typeof document === 'undefined' ? 'en' : negotiate(document.documentElement.lang);
    waiting = lang === 'en' || loadedLocale(lang) ? undefined : loadLocale(lang);
  }
  return waiting;
}
