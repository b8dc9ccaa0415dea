// pm-pathways/svelte.js: types for Svelte 5 templates (svelte-check, the
// Svelte editor tools). Import it once for its types
// (`import type {} from 'pm-pathways/svelte.js'`); it declares the three tags
// in `svelte/elements`, so attributes and properties are checked and
// `onpm-…` handlers get the event's class.
import type { HTMLAttributes } from 'svelte/elements';
import type { Dataset } from './data/types.js';
import type { PmErrorEvent, PmPathwayChangeEvent, PmQuizCompleteEvent, PmStepToggleEvent } from './events.js';
import type { PathwayCard } from './pathway-card/pathway-card.js';
import type { PathwayData } from './pathway-data/pathway-data.js';
import type { PathwayPicker } from './pathway-picker/pathway-picker.js';

type Theme = 'light' | 'dark' | 'auto';
type Numeric = number | `${number}`;
type Tag<E extends HTMLElement, Props> = HTMLAttributes<E> & Partial<Props>;

/** `<pm-pathway-card>` in Svelte: attribute names or property names, and its events. */
export interface PathwayCardSvelteProps {
  pathway: string;
  variant: 'full' | 'compact';
  expanded: boolean;
  'heading-level': Numeric;
  headingLevel: Numeric;
  checklist: boolean;
  theme: Theme;
  credit: boolean;
  'onpm-step-toggle': (event: PmStepToggleEvent) => void;
  'onpm-error': (event: PmErrorEvent) => void;
}

/** `<pm-pathway-picker>` in Svelte. */
export interface PathwayPickerSvelteProps {
  value: string | null;
  view: 'browse' | 'quiz';
  'heading-level': Numeric;
  headingLevel: Numeric;
  'sync-url': boolean;
  syncUrl: boolean;
  theme: Theme;
  'onpm-pathway-change': (event: PmPathwayChangeEvent) => void;
  'onpm-quiz-complete': (event: PmQuizCompleteEvent) => void;
  'onpm-error': (event: PmErrorEvent) => void;
}

/** `<pm-pathway-data>` in Svelte: `data={…}` is set as a property. */
export interface PathwayDataSvelteProps {
  src: string;
  data: Dataset;
  'onpm-error': (event: PmErrorEvent) => void;
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'pm-pathway-card': Tag<PathwayCard, PathwayCardSvelteProps>;
    'pm-pathway-picker': Tag<PathwayPicker, PathwayPickerSvelteProps>;
    'pm-pathway-data': Tag<PathwayData, PathwayDataSvelteProps>;
  }
}
