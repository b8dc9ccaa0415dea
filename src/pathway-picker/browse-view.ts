import { html, type TemplateResult } from 'lit';
import type { Dataset, Labels } from '../data/types.js';
import { nextActiveIndex } from './listbox-keys.js';

/** What the browse view needs from the picker: its state and the reader's actions. */
export interface BrowseModel {
  data: Dataset;
  labels: Labels;
  error?: { message: string } | undefined;
  value: string | null;
  /** The option with the roving tab stop, or -1 for the chosen one (else the first). */
  active: number;
  /** The chosen pathway's card. */
  card(pathway: string): TemplateResult;
  /** The reader chose the pathway at this index. */
  choose(index: number): void;
  /** Arrows, Home, End or a letter moved the tab stop here. */
  activate(index: number): void;
}

/** All pathways as an APG single-select listbox, and the chosen one's card beside or under it. */
export function renderBrowse(m: BrowseModel): TemplateResult {
  const { data, labels, error } = m;
  const selected = data.pathways.findIndex((p) => p.id === m.value);
  const active = m.active >= 0 && m.active < data.pathways.length ? m.active : Math.max(selected, 0);
  // The list listens for clicks and keys alike, so the options need no handlers of their own.
  const onClick = (event: Event) => {
    const i = Number((event.target as Element).closest('[role=option]')?.id.slice(7)); // NaN off an option
    if (data.pathways[i]) m.choose(i);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      m.choose(active);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = nextActiveIndex(
      event.key,
      active,
      data.pathways.map((p) => p.title),
      getComputedStyle(event.currentTarget as Element).direction === 'rtl', // as rendered: the list's dir is inherited
    );
    if (next === undefined) return;
    event.preventDefault();
    m.activate(next);
  };
  return html`
    <div class="browse">
      <ul class="list" part="list" role="listbox" aria-label=${labels.listLabel} @keydown=${onKey} @click=${onClick}>
        ${data.pathways.map(
          (p, i) => html`
          <li class="option" part="option" role="option" id="option-${i}"
            aria-selected=${i === selected} tabindex=${i === active ? 0 : -1}>
            <span class="n" aria-hidden="true">${i + 1}</span><span>${p.title}</span>
          </li>`,
        )}
      </ul>
      ${
        error
          ? html`<p class="error" part="error" role="alert">${error.message}</p>`
          : m.value
            ? m.card(m.value)
            : html`<p class="prompt">${labels.choosePrompt}</p>`
      }
    </div>`;
}
