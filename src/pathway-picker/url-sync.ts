// A picker's sync-url: following the page's address and keeping it current,
// loaded on demand (a file of its own beside dist/pm-pathways.js) by pickers
// that have the attribute.
import { readHash, writeHash } from '../storage/url-hash.js';

/** What following the address may see and do of its picker. */
export interface UrlHost {
  readonly value: string | null;
  /** A link chose this pathway; `browse` when it carries no quiz answers. */
  choose(pathway: string, browse: boolean): void;
  /** A link carries quiz answers: read them again. */
  rereadAnswers(): void;
}

/** Changes parameters of the address's fragment in place (no history entry); others are kept. */
export function replaceHash(values: Record<string, string | null>): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}${writeHash(location.hash, values)}`);
}

/** Applies the address now and on every `hashchange` until stopped. */
export class UrlSync {
  readonly #onHashChange = () => this.apply();

  constructor(readonly host: UrlHost) {
    window.addEventListener('hashchange', this.#onHashChange);
  }

  stop(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** Only the picker's own parameters count: a skip link or #newsletter changes nothing. */
  apply(): void {
    const pathway = readHash(location.hash, 'pathway');
    const answers = readHash(location.hash, 'answers');
    if (answers) this.host.rereadAnswers();
    if (pathway && pathway !== this.host.value) this.host.choose(pathway, !answers);
  }
}
