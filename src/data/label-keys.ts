// The keys of the interface words, and what the build checks about them. Only
// the build, the validator and the translations' wording need these lists:
// kept apart from format() so the script-tag entry does not carry them.
/** The words every page shows: they ride in the script-tag entry. */
export const CORE_LABEL_KEYS = [
  'stepsLabel',
  'showSteps',
  'hideSteps',
  'progress',
  'browse',
  'quiz',
  'listLabel',
  'choosePrompt',
  'credit',
  'errorNoPathway',
  'errorUnknownPathway',
  'errorFetchFailed',
  'errorCodeNotLoaded',
  'viewsLabel',
  'loading',
] as const;

/**
 * Words only the quiz shows, and words only a `<pm-pathway-data>` shows. The
 * English ones travel with that code (dist/chunks/), not in the script-tag
 * entry: a page that never opens the quiz or brings its own data never
 * downloads them. Shipped translations carry every word.
 */
export const QUIZ_LABEL_KEYS = [
  'questionCount',
  'next',
  'back',
  'seeResults',
  'startOver',
  'changeAnswers',
  'resultsHeading',
  'otherResults',
  'resultsAnnounce',
  'bestFit',
  'whyFits',
  'thisWeek',
  'next90',
  'byDay',
  'signalHeading',
  'rolesHeading',
  'artefactHeading',
  'resourcesHeading',
  'free',
  'paid',
  'planB',
  'planBFirst',
  'interviewNote',
  'planCredit',
  'printUnavailable',
  'excludedHeading',
  'networkingNote',
  'copyPlan',
  'copied',
  'copyFailed',
  'printPlan',
  'planTitle',
  'shownBelow',
  'noFit',
] as const;
export const DATA_LABEL_KEYS = [
  'errorInvalidData',
  'errorHttp',
  'errorNetwork',
  'errorNotJson',
  'errorInlineNotJson',
] as const;

/** Every interface word the widgets show, by key (the words are in content/labels.yaml). */
export const LABEL_KEYS = [...CORE_LABEL_KEYS, ...QUIZ_LABEL_KEYS, ...DATA_LABEL_KEYS] as const;

/**
 * The validator's messages, as labels for the other languages (content/labels.yaml
 * holds them too). English uses the validator's own words, so the script-tag
 * bundle does not carry them twice.
 */
export const PROBLEM_KEYS = [
  'problemMore',
  'problemText',
  'problemList',
  'problemId',
  'problemDuplicateId',
  'problemObject',
  'problemVersion',
  'problemNumber',
  'problemWhole',
  'problemLang',
  'problemOneOf',
  'problemHttps',
] as const;

/** The placeholder names of a label, for checking that a translation keeps them. */
export const placeholdersOf = (template: string): string[] =>
  [...new Set([...template.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]!))].sort();
