/** Where the reader's quiz answers are kept (see session.ts). */
export const QUIZ_KEY = 'pm-pathways:quiz';

/**
 * Whether a reader reached the results before, checked without the quiz or
 * storage code, to load them early. Storage that fails to read counts as no:
 * answers kept only in memory do not outlive the page anyway.
 */
export function hasSavedResults(): boolean {
  try {
    return /"results":true/.test(globalThis.localStorage?.getItem(QUIZ_KEY) ?? '');
  } catch {
    return false;
  }
}
