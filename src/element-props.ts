// The elements' properties and events, once, for the framework type files
// (jsx.ts, svelte.ts, vue.ts): each adds only what its framework spells its own way.
import type { Dataset } from './data/types.js';
import type { PmErrorEvent, PmPathwayChangeEvent, PmQuizCompleteEvent, PmStepToggleEvent } from './events.js';

export type Theme = 'light' | 'dark' | 'auto';
/** A number, or its text as a static attribute gives it (`heading-level="2"`). */
export type Numeric = number | `${number}`;

/** `<pm-pathway-card>`'s properties; `N` is how its number may be written. */
export interface CardProperties<N = number> {
  pathway: string;
  variant: 'full' | 'compact';
  expanded: boolean;
  headingLevel: N;
  checklist: boolean;
  theme: Theme;
  credit: boolean;
}

/** `<pm-pathway-picker>`'s properties. */
export interface PickerProperties<N = number> {
  value: string | null;
  view: 'browse' | 'quiz';
  headingLevel: N;
  syncUrl: boolean;
  theme: Theme;
}

/** `<pm-pathway-data>`'s properties: `data` is set as a property. */
export interface DataProperties {
  src: string;
  data: Dataset;
}

/** Each element's events by name (type aliases, so they fit `Record<string, Event>`). */
export type CardEvents = {
  'pm-step-toggle': PmStepToggleEvent;
  'pm-error': PmErrorEvent;
};
export type PickerEvents = {
  'pm-pathway-change': PmPathwayChangeEvent;
  'pm-quiz-complete': PmQuizCompleteEvent;
  'pm-error': PmErrorEvent;
};
export type DataEvents = {
  'pm-error': PmErrorEvent;
};

/** Properties, and the attribute names that differ from them, for templates that take either. */
export interface CardAttributes<N = number> extends CardProperties<N> {
  'heading-level': N;
}
export interface PickerAttributes<N = number> extends PickerProperties<N> {
  'heading-level': N;
  'sync-url': boolean;
}

/** `on` + the event's name, as React 19 and Svelte 5 listen: `onpm-error`. */
export type OnHandlers<Events> = { [K in keyof Events & string as `on${K}`]: (event: Events[K]) => void };
