import { readItem } from '../storage/safe-storage.js';

/** Where the reader's quiz answers are kept (see session.ts). */
export const QUIZ_KEY = 'pm-pathways:quiz';

/** Whether a reader reached the results before, checked without the quiz code (to load it early). */
export const hasSavedResults = (): boolean => /"results":true/.test(readItem(QUIZ_KEY) ?? '');
