// pm-pathways/vue.js: types for Vue templates (vue-tsc, Vue's editor tools).
// Import it once for its types (`import type {} from 'pm-pathways/vue.js'`);
// it declares the three tags as global components, so attributes and property
// bindings are checked and `@pm-…` handlers get the event's class as `$event`.
// Vue still needs `isCustomElement` to render them as custom elements.
import type { EmitFn, HTMLAttributes } from 'vue';
import type {
  CardEvents,
  CardProperties,
  DataEvents,
  DataProperties,
  Numeric,
  PickerEvents,
  PickerProperties,
} from './element-props.js';
import type { PathwayCard } from './pathway-card/pathway-card.js';
import type { PathwayData } from './pathway-data/pathway-data.js';
import type { PathwayPicker } from './pathway-picker/pathway-picker.js';

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
export type PathwayCardVueProps = CardProperties<Numeric>;

/** `<pm-pathway-picker>` in Vue templates. */
export type PathwayPickerVueProps = PickerProperties<Numeric>;

/** `<pm-pathway-data>` in Vue templates: bind `:data` to set it as a property. */
export type PathwayDataVueProps = DataProperties;

declare module 'vue' {
  interface GlobalComponents {
    'pm-pathway-card': VueElement<PathwayCard, PathwayCardVueProps, CardEvents>;
    'pm-pathway-picker': VueElement<PathwayPicker, PathwayPickerVueProps, PickerEvents>;
    'pm-pathway-data': VueElement<PathwayData, PathwayDataVueProps, DataEvents>;
  }
}
