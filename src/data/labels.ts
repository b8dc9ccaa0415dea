/** Every interface word the widgets show, by key (the words are in content/labels.yaml). */
export const LABEL_KEYS = [
  'stepsLabel', 'showSteps', 'hideSteps', 'progress', 'browse', 'quiz', 'listLabel',
  'choosePrompt', 'questionCount', 'next', 'back', 'seeResults', 'startOver',
  'changeAnswers', 'resultsHeading', 'otherResults', 'resultsAnnounce',
  'credit', 'errorNoPathway', 'errorUnknownPathway', 'errorInvalidData', 'errorFetchFailed',
  'viewsLabel', 'bestFit', 'bestFitTied', 'whyFits', 'excludedHeading', 'networkingNote', 'copyPlan', 'copied',
  'copyFailed', 'printPlan', 'planTitle', 'shownBelow', 'noFit', 'loading',
] as const;

/** Fills `{name}` placeholders of a label; unknown placeholders stay as written. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole);
}
