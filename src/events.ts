import type { Plan } from './quiz/plan.js';
import type { RankedPathway } from './quiz/recommend.js';

/** Error codes of the SPEC's error state. */
export type PmErrorCode = 'unknown-pathway' | 'invalid-data' | 'fetch-failed';

const init = { bubbles: true, composed: true } as const;

/** A reader checked or unchecked a step of a checklist card. */
export class PmStepToggleEvent extends Event {
  constructor(readonly detail: { pathway: string; step: number; done: boolean }) {
    super('pm-step-toggle', init);
  }
}

/** An element could not show what it was given; it shows a notice instead. */
export class PmErrorEvent extends Event {
  constructor(readonly detail: { code: PmErrorCode; message: string }) {
    super('pm-error', init);
  }
}

/** A reader chose a pathway in the picker (or a link did). */
export class PmPathwayChangeEvent extends Event {
  constructor(readonly detail: { pathway: string | null; source: 'list' | 'quiz' | 'url' }) {
    super('pm-pathway-change', init);
  }
}

/** A reader finished the "find my path" questions: their answers, the ranking and the plan shown. */
export class PmQuizCompleteEvent extends Event {
  constructor(readonly detail: { answers: Record<string, string>; ranking: RankedPathway[]; plan: Plan }) {
    super('pm-quiz-complete', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pm-step-toggle': PmStepToggleEvent;
    'pm-error': PmErrorEvent;
    'pm-pathway-change': PmPathwayChangeEvent;
    'pm-quiz-complete': PmQuizCompleteEvent;
  }
}
