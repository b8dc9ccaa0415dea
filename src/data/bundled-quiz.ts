import { dataLabels } from '../generated/data-labels.js';
import { guide, labels } from '../generated/dataset.js';
import { closing, quiz, quizLabels } from '../generated/quiz.js';
import { bundledDataset } from './bundled.js';
import type { Dataset, Labels } from './types.js';

/** The whole bundled English dataset, as in dist/pathways.json: every guide text, the quiz and every label. */
export const bundledDatasetWithQuiz: Dataset = {
  ...bundledDataset,
  ...guide,
  closing,
  quiz,
  labels: { ...labels, ...quizLabels, ...dataLabels } as Labels,
};
