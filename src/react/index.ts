// React wrappers (pm-pathways/react): props become properties, so objects such
// as `data` pass as objects, and the elements' events become onPm* callbacks.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { PathwayCard as PathwayCardElement } from '../pathway-card/define.js';
import { PathwayData as PathwayDataElement } from '../pathway-data/define.js';
import { PathwayPicker as PathwayPickerElement } from '../pathway-picker/define.js';
import type { Dataset } from '../data/types.js';
import type { PmErrorEvent, PmPathwayChangeEvent, PmQuizCompleteEvent, PmStepToggleEvent } from '../events.js';

const onPmError = 'pm-error' as EventName<PmErrorEvent>;
const onServer = typeof window === 'undefined';
const attributeNames: Record<string, string> = {
  className: 'class',
  headingLevel: 'heading-level',
  syncUrl: 'sync-url',
};

/**
 * On a server (Next.js renders client components there too), @lit/react leaves
 * out every prop it sets as a property in the browser: the tag would arrive
 * bare, and the element, defined before React hydrates, would upgrade without
 * its pathway. There the props are written as attributes instead, so the
 * element upgrades as it will be; the browser's wrapper then sets them as
 * properties (it tells React not to compare the attributes).
 */
function serverSafe<C extends React.ComponentType<never>>(tagName: string, component: C): C {
  if (!onServer) return component;
  const server = React.forwardRef<HTMLElement, Record<string, unknown> & { children?: React.ReactNode }>(
    ({ children, ...props }, ref) => {
      const attributes: Record<string, unknown> = { ref };
      for (const [name, value] of Object.entries(props)) {
        const attribute = attributeNames[name] ?? name;
        if (typeof value === 'string' || typeof value === 'number') attributes[attribute] = String(value);
        else if (value === true) attributes[attribute] = '';
        else if (name === 'style') attributes[name] = value;
      }
      return React.createElement(tagName, attributes, children as React.ReactNode);
    },
  );
  return server as unknown as C;
}

/** `<pm-pathway-card>` for React. */
export const PathwayCard = serverSafe(
  'pm-pathway-card',
  createComponent({
    tagName: 'pm-pathway-card',
    elementClass: PathwayCardElement,
    react: React,
    events: { onPmStepToggle: 'pm-step-toggle' as EventName<PmStepToggleEvent>, onPmError },
  }),
);

/** `<pm-pathway-picker>` for React. */
export const PathwayPicker = serverSafe(
  'pm-pathway-picker',
  createComponent({
    tagName: 'pm-pathway-picker',
    elementClass: PathwayPickerElement,
    react: React,
    events: {
      onPmPathwayChange: 'pm-pathway-change' as EventName<PmPathwayChangeEvent>,
      onPmQuizComplete: 'pm-quiz-complete' as EventName<PmQuizCompleteEvent>,
      onPmError,
    },
  }),
);

const DataElement = serverSafe(
  'pm-pathway-data',
  createComponent({
    tagName: 'pm-pathway-data',
    elementClass: PathwayDataElement,
    react: React,
    events: { onPmError },
  }),
);

/**
 * `<pm-pathway-data>` for React. `data` also goes into the page as an inline
 * JSON child, which the element reads when it upgrades: server-rendered cards
 * show it before React hydrates, with no request.
 */
export const PathwayData = React.forwardRef<PathwayDataElement, React.ComponentProps<typeof DataElement>>(
  ({ children, ...props }, ref) =>
    React.createElement(
      DataElement,
      { ...props, ref },
      props.data === undefined ? null : React.createElement(InlineDataset, { data: props.data }),
      children,
    ),
) as typeof DataElement;

/** The dataset as `<script type="application/json">`, escaped so its text cannot close the script. */
function InlineDataset({ data }: { data: Dataset }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return React.createElement('script', { type: 'application/json', dangerouslySetInnerHTML: { __html: json } });
}

export type { Dataset } from '../data/types.js';
export * from '../events.js';
