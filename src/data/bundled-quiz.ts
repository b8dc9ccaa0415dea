import { guide, quiz } from '../generated/dataset.js';
import { bundledDataset } from './bundled.js';
import type { Dataset } from './types.js';

/** The whole bundled dataset, with the guide texts and the "find my path" questions, for the picker. */
export const bundledDatasetWithQuiz: Dataset = { ...bundledDataset, ...guide, quiz };
