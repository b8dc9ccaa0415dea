import { coreDataset, quizData } from '../generated/dataset.js';
import type { Dataset } from './types.js';

/** The bundled dataset with its "find my path" questions, for the picker. */
export const bundledDatasetWithQuiz: Dataset = { ...coreDataset, quiz: quizData };
