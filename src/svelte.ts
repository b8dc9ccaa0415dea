// pm-pathways/svelte.js: types for Svelte 5 templates (svelte-check, the
// Svelte editor tools). Import it once for its types
// (`import type {} from 'pm-pathways/svelte.js'`); it declares the three tags
// in `svelte/elements`, so attributes and properties are checked and
// `onpm-…` handlers get the event's class.
import type { HTMLAttributes } from 'svelte/elements';
import type {
  CardAttributes,
  CardEvents,
  DataEvents,
  DataProperties,
  Numeric,
  OnHandlers,
  PickerAttributes,
  PickerEvents,
} from './element-props.js';
import type { PathwayCard } from './pathway-card/pathway-card.js';
import type { PathwayData } from './pathway-data/pathway-data.js';
import type { PathwayPicker } from './pathway-picker/pathway-picker.js';

type Tag<E extends HTMLElement, Props> = HTMLAttributes<E> & Partial<Props>;

/** `<pm-pathway-card>` in Svelte: attribute names or property names, and its events. */
export interface PathwayCardSvelteProps extends CardAttributes<Numeric>, OnHandlers<CardEvents> {}

/** `<pm-pathway-picker>` in Svelte. */
export interface PathwayPickerSvelteProps extends PickerAttributes<Numeric>, OnHandlers<PickerEvents> {}

/** `<pm-pathway-data>` in Svelte: `data={…}` is set as a property. */
export interface PathwayDataSvelteProps extends DataProperties, OnHandlers<DataEvents> {}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'pm-pathway-card': Tag<PathwayCard, PathwayCardSvelteProps>;
    'pm-pathway-picker': Tag<PathwayPicker, PathwayPickerSvelteProps>;
    'pm-pathway-data': Tag<PathwayData, PathwayDataSvelteProps>;
  }
}
