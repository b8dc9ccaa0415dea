import { guide } from '../generated/dataset.js';
import { bundledDataset } from './bundled.js';
import type { Dataset } from './types.js';

/** The bundled dataset with the guide texts, for the picker; its quiz is loaded on demand (see quiz-loader.ts). */
export const bundledGuideDataset: Dataset = { ...bundledDataset, ...guide };

/** Datasets whose quiz is the bundled English one, loaded on demand rather than carried. */
export const lazyQuizDatasets = new WeakSet<Dataset>([bundledGuideDataset]);
