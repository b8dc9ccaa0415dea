// pm-pathways/vue.js: types for Vue templates (vue-tsc, Vue's editor tools).
// Import it once for its types (`import type {} from 'pm-pathways/vue.js'`);
// it declares the three tags as global components, so attributes and property
// bindings are checked and `@pm-…` handlers get the event's class as `$event`.
// Vue still needs `isCustomElement` to render them as custom elements.
import type { EmitFn, HTMLAttributes } from 'vue';
import type { Dataset } from './data/types.js';
import type { PmErrorEvent, PmPathwayChangeEvent, PmQuizCompleteEvent, PmStepToggleEvent } from './events.js';
import type { PathwayCard } from './pathway-card/pathway-card.js';
import type { PathwayData } from './pathway-data/pathway-data.js';
import type { PathwayPicker } from './pathway-picker/pathway-picker.js';

type Theme = 'light' | 'dark' | 'auto';
/** A number, or its text as a static attribute gives it (`heading-level="2"`). */
type Numeric = number | `${number}`;

/**
 * A custom element as Vue's template checker sees a component: `$props` and
 * `$emit` exist for the types only (Vue's documented pattern for custom elements).
 */
type VueElement<E extends HTMLElement, Props, Events extends Record<string, Event>> = new () => E & {
  /** @deprecated Template types only: not on the element. */
  $props: HTMLAttributes & Partial<Props>;
  /** @deprecated Template types only: not on the element. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

/** `<pm-pathway-card>` in Vue templates. */
export interface PathwayCardVueProps {
  pathway: string;
  variant: 'full' | 'compact';
  expanded: boolean;
  headingLevel: Numeric;
  checklist: boolean;
  theme: Theme;
  credit: boolean;
}

/** `<pm-pathway-picker>` in Vue templates. */
export interface PathwayPickerVueProps {
  value: string | null;
  view: 'browse' | 'quiz';
  headingLevel: Numeric;
  syncUrl: boolean;
  theme: Theme;
}

/** `<pm-pathway-data>` in Vue templates: bind `:data` to set it as a property. */
export interface PathwayDataVueProps {
  src: string;
  data: Dataset;
}

declare module 'vue' {
  interface GlobalComponents {
    'pm-pathway-card': VueElement<
      PathwayCard,
      PathwayCardVueProps,
      { 'pm-step-toggle': PmStepToggleEvent; 'pm-error': PmErrorEvent }
    >;
    'pm-pathway-picker': VueElement<
      PathwayPicker,
      PathwayPickerVueProps,
      { 'pm-pathway-change': PmPathwayChangeEvent; 'pm-quiz-complete': PmQuizCompleteEvent; 'pm-error': PmErrorEvent }
    >;
    'pm-pathway-data': VueElement<PathwayData, PathwayDataVueProps, { 'pm-error': PmErrorEvent }>;
  }
}
