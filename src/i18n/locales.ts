import type { Dataset, DatasetState } from '../data/types.js';
import { locales } from '../generated/locales/index.js';

/** One ready state per loaded language, shared by every element on the page. */
const ready = new Map<string, DatasetState>();
const pending = new Map<string, Promise<void>>();

/** The state of a shipped translation already loaded, else undefined. */
export const loadedLocale = (lang: string): DatasetState | undefined => ready.get(lang);

/**
 * Loads a shipped translation once per page (one request, from beside the
 * script, or a bundler's chunk). A failed load warns once and resolves: the
 * element keeps the language it shows, and a later change of `lang` retries.
 */
export function loadLocale(lang: string): Promise<void> {
  const load = locales[lang];
  if (!load || ready.has(lang)) return Promise.resolve();
  let request = pending.get(lang);
  if (!request) {
    request = load().then(
      ({ dataset }: { dataset: Dataset }) => { ready.set(lang, { status: 'ready', data: dataset }); },
      (error: unknown) => { console.warn(`pm-pathways: the "${lang}" translation could not be loaded; showing English.`, error); },
    ).finally(() => pending.delete(lang));
    pending.set(lang, request);
  }
  return request;
}
