import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset, DatasetState } from '../data/types.js';
import { isRtl, negotiate } from './negotiate.js';
import { loadedLocale, loadLocale } from './locales.js';
import { inheritedDir, inheritedLang, watchPageLang } from './page-lang.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/**
 * The shipped dataset in the language an element inherits from the page
 * (its own `lang`, else the closest one), following changes at run time.
 * While another language loads, the element keeps what it shows, so nothing
 * is ever half translated.
 */
export class LocaleController implements ReactiveController {
  readonly #host: Host;
  readonly #english: DatasetState;
  #state: DatasetState;
  #wanted = '';
  #unwatch: (() => void) | undefined;

  /** `skip()` says the element shows other data (a provider's): then no language is loaded. */
  constructor(
    host: Host,
    english: Dataset,
    readonly skip: () => boolean = () => false,
  ) {
    this.#host = host;
    this.#english = this.#state = { status: 'ready', data: english };
    host.addController(this);
  }

  /** The shipped dataset to show: English until another language has loaded. */
  get state(): DatasetState {
    this.#resolve(); // here, not in hostUpdate(), which Lit calls after the host's willUpdate()
    return this.#state;
  }

  /** The direction to render `lang` in: right to left for such a language or under `dir="rtl"`. */
  dir(lang: string | undefined): 'rtl' | 'ltr' {
    return isRtl(lang) || inheritedDir(this.#host) === 'rtl' ? 'rtl' : 'ltr';
  }

  hostConnected(): void {
    // A lang or dir change anywhere may change what this element inherits: update and look again.
    this.#unwatch ??= watchPageLang(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  #resolve(): void {
    const lang = negotiate(inheritedLang(this.#host));
    if (lang === this.#wanted) return;
    if (this.skip()) return;
    this.#wanted = lang;
    const loaded = lang === 'en' ? this.#english : loadedLocale(lang);
    if (loaded) {
      this.#state = loaded;
      return;
    }
    // Keep the current text (or, before the first render, the loading state) until the language is here.
    if (!this.#host.hasUpdated) this.#state = { status: 'loading' };
    void loadLocale(lang).then(() => {
      if (this.#wanted !== lang) return;
      this.#state = loadedLocale(lang) ?? this.#english;
      this.#host.requestUpdate();
    });
  }
}
