import type { DatasetState } from '../data/types.js';
import { locales } from '../generated/locales/index.js';

/** One ready state per loaded language, shared by every element on the page. */
const ready = new Map<string, DatasetState>();
const requests = new Map<string, Promise<void>>();

/** The state of a shipped translation already loaded, else undefined. */
export const loadedLocale = (lang: string): DatasetState | undefined => ready.get(lang);

/**
 * Loads a shipped translation once per page (one request, from beside the
 * script, or a bundler's chunk). A failed load warns and resolves: the element
 * keeps the language it shows, and a later change of `lang` tries again.
 */
export function loadLocale(lang: string): Promise<void> {
  let request = requests.get(lang);
  if (!request) {
    requests.set(
      lang,
      (request = locales[lang]!().then(
        ({ dataset }) => {
          ready.set(lang, { status: 'ready', data: dataset });
        },
        (error: unknown) => {
          requests.delete(lang);
          console.warn(`pm-pathways: no "${lang}" translation`, error);
        },
      )),
    );
  }
  return request;
}
