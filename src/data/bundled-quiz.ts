import { guide } from '../generated/dataset.js';
import { quiz } from '../generated/quiz.js';
import { bundledDataset } from './bundled.js';
import type { Dataset } from './types.js';

/** The whole bundled English dataset, with the guide texts and the "find my path" questions. */
export const bundledDatasetWithQuiz: Dataset = { ...bundledDataset, ...guide, quiz };
