import { html, type TemplateResult } from 'lit';
import { format } from '../data/labels.js';
import type { Labels, Source } from '../data/types.js';
import { isRtl } from '../i18n/negotiate.js';
import { isSafeUrl } from './safe-url.js';

/**
 * The source credit as text: "Based on “…”, The PM Playbook, 19 May 2024." with
 * the date in the reader's language, or another `template` with the same
 * placeholders (the plan's credit). Right to left, title and publisher are
 * isolated (FSI…PDI): an English title keeps its direction and the words around
 * it their order, on screen and in copied or printed text alike.
 */
export function creditText(labels: Labels, source: Source, lang: string | undefined, template = labels.credit): string {
  const day = new Date(`${source.date}T00:00:00Z`);
  let date = source.date;
  try {
    if (!Number.isNaN(day.getTime()))
      date = day.toLocaleDateString(lang || undefined, { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    // a malformed lang tag: keep the ISO date
  }
  const isolate = (text: string) => (isRtl(lang) ? `\u2068${text}\u2069` : text);
  return format(template, { title: isolate(source.title), publisher: isolate(source.publisher), date });
}

/** The credit, linked to the article when its address is safe to follow. */
export function credit(
  labels: Labels,
  source: Source,
  lang: string | undefined,
  template?: string,
): TemplateResult | string {
  const text = creditText(labels, source, lang, template);
  return isSafeUrl(source.url) ? html`<a href=${source.url} rel="noopener">${text}</a>` : text;
}
