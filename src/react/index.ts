// React wrappers (pm-pathways/react): props become properties, so objects such
// as `data` pass as objects, and the elements' events become onPm* callbacks.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { PathwayCard as PathwayCardElement } from '../pathway-card/define.js';
import { PathwayData as PathwayDataElement } from '../pathway-data/define.js';
import { PathwayPicker as PathwayPickerElement } from '../pathway-picker/define.js';
import type { PmErrorEvent, PmPathwayChangeEvent, PmQuizCompleteEvent, PmStepToggleEvent } from '../events.js';

const onPmError = 'pm-error' as EventName<PmErrorEvent>;

/** `<pm-pathway-card>` for React. */
export const PathwayCard = createComponent({
  tagName: 'pm-pathway-card',
  elementClass: PathwayCardElement,
  react: React,
  events: { onPmStepToggle: 'pm-step-toggle' as EventName<PmStepToggleEvent>, onPmError },
});

/** `<pm-pathway-picker>` for React. */
export const PathwayPicker = createComponent({
  tagName: 'pm-pathway-picker',
  elementClass: PathwayPickerElement,
  react: React,
  events: {
    onPmPathwayChange: 'pm-pathway-change' as EventName<PmPathwayChangeEvent>,
    onPmQuizComplete: 'pm-quiz-complete' as EventName<PmQuizCompleteEvent>,
    onPmError,
  },
});

/** `<pm-pathway-data>` for React. */
export const PathwayData = createComponent({
  tagName: 'pm-pathway-data',
  elementClass: PathwayDataElement,
  react: React,
  events: { onPmError },
});

export type { Dataset } from '../data/types.js';
export * from '../events.js';
