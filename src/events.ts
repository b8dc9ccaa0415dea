import type { Plan } from './quiz/plan.js';
import type { RankedPathway } from './quiz/recommend.js';

/** Error codes of the SPEC's error state. */
export type PmErrorCode = 'unknown-pathway' | 'invalid-data' | 'fetch-failed';

const init = { bubbles: true, composed: true } as const;

// Each event is a CustomEvent, so a handler typed `(e: CustomEvent) => …` takes it
// too, with its `detail` typed for a handler that names the class.

/** `pm-step-toggle`'s detail: `step` is the 0-based index. */
export type PmStepToggleDetail = { pathway: string; step: number; done: boolean };
/** `pm-error`'s detail. */
export type PmErrorDetail = { code: PmErrorCode; message: string };
/** `pm-pathway-change`'s detail: `pathway` is `null` when the reader cleared the choice. */
export type PmPathwayChangeDetail = { pathway: string | null; source: 'list' | 'quiz' | 'url' };
/** `pm-quiz-complete`'s detail: `answers` maps question id to option id; `plan` is what the results show. */
export type PmQuizCompleteDetail = { answers: Record<string, string>; ranking: RankedPathway[]; plan: Plan };

/** A reader checked or unchecked a step of a checklist card. */
export class PmStepToggleEvent extends CustomEvent<PmStepToggleDetail> {
  constructor(detail: PmStepToggleDetail) {
    super('pm-step-toggle', { ...init, detail });
  }
}

/** An element could not show what it was given; it shows a notice instead. */
export class PmErrorEvent extends CustomEvent<PmErrorDetail> {
  constructor(detail: PmErrorDetail) {
    super('pm-error', { ...init, detail });
  }
}

/** A reader chose a pathway in the picker (or a link did). */
export class PmPathwayChangeEvent extends CustomEvent<PmPathwayChangeDetail> {
  constructor(detail: PmPathwayChangeDetail) {
    super('pm-pathway-change', { ...init, detail });
  }
}

/** A reader finished the "find my path" questions: their answers, the ranking and the plan shown. */
export class PmQuizCompleteEvent extends CustomEvent<PmQuizCompleteDetail> {
  constructor(detail: PmQuizCompleteDetail) {
    super('pm-quiz-complete', { ...init, detail });
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
