// pm-pathways/jsx.js: types for React 19's own custom-element support, for
// apps that write the tags themselves instead of using pm-pathways/react.
// Import it once for its types (`import type {} from 'pm-pathways/jsx.js'`);
// it declares the three tags in React's JSX, with their attributes, properties
// and `onpm-…` event handlers (React 19 listens for `on` + the event name).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Dataset } from './data/types.js';
import type { PmErrorEvent, PmPathwayChangeEvent, PmQuizCompleteEvent, PmStepToggleEvent } from './events.js';
import type { PathwayCard } from './pathway-card/pathway-card.js';
import type { PathwayData } from './pathway-data/pathway-data.js';
import type { PathwayPicker } from './pathway-picker/pathway-picker.js';

type Theme = 'light' | 'dark' | 'auto';
/** React's props for an element `E`, plus ours; `class` works as in HTML. */
type Tag<E extends HTMLElement, Props> = DetailedHTMLProps<HTMLAttributes<E>, E> & Partial<Props> & { class?: string };

/** `<pm-pathway-card>` in JSX: attribute names or property names, and its events. */
export interface PathwayCardJsx {
  pathway: string;
  variant: 'full' | 'compact';
  expanded: boolean;
  'heading-level': number;
  headingLevel: number;
  checklist: boolean;
  theme: Theme;
  credit: boolean;
  'onpm-step-toggle': (event: PmStepToggleEvent) => void;
  'onpm-error': (event: PmErrorEvent) => void;
}

/** `<pm-pathway-picker>` in JSX. */
export interface PathwayPickerJsx {
  value: string | null;
  view: 'browse' | 'quiz';
  'heading-level': number;
  headingLevel: number;
  'sync-url': boolean;
  syncUrl: boolean;
  theme: Theme;
  'onpm-pathway-change': (event: PmPathwayChangeEvent) => void;
  'onpm-quiz-complete': (event: PmQuizCompleteEvent) => void;
  'onpm-error': (event: PmErrorEvent) => void;
}

/** `<pm-pathway-data>` in JSX: `data` is set as a property (React 19 does so for known properties). */
export interface PathwayDataJsx {
  src: string;
  data: Dataset;
  'onpm-error': (event: PmErrorEvent) => void;
}

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
