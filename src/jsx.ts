// pm-pathways/jsx.js: types for React 19's own custom-element support, for
// apps that write the tags themselves instead of using pm-pathways/react.
// Import it once for its types (`import type {} from 'pm-pathways/jsx.js'`);
// it declares the three tags in React's JSX, with their attributes, properties
// and `onpm-…` event handlers (React 19 listens for `on` + the event name).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  CardAttributes,
  CardEvents,
  DataEvents,
  DataProperties,
  OnHandlers,
  PickerAttributes,
  PickerEvents,
} from './element-props.js';
import type { PathwayCard } from './pathway-card/pathway-card.js';
import type { PathwayData } from './pathway-data/pathway-data.js';
import type { PathwayPicker } from './pathway-picker/pathway-picker.js';

/** React's props for an element `E`, plus ours; `class` works as in HTML. */
type Tag<E extends HTMLElement, Props> = DetailedHTMLProps<HTMLAttributes<E>, E> & Partial<Props> & { class?: string };

/** `<pm-pathway-card>` in JSX: attribute names or property names, and its events. */
export interface PathwayCardJsx extends CardAttributes, OnHandlers<CardEvents> {}

/** `<pm-pathway-picker>` in JSX. */
export interface PathwayPickerJsx extends PickerAttributes, OnHandlers<PickerEvents> {}

/** `<pm-pathway-data>` in JSX: `data` is set as a property (React 19 does so for known properties). */
export interface PathwayDataJsx extends DataProperties, OnHandlers<DataEvents> {}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'pm-pathway-card': Tag<PathwayCard, PathwayCardJsx>;
      'pm-pathway-picker': Tag<PathwayPicker, PathwayPickerJsx>;
      'pm-pathway-data': Tag<PathwayData, PathwayDataJsx>;
    }
  }
}
