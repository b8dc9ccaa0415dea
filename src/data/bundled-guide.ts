import { guide } from '../generated/dataset.js';
import { bundledDataset } from './bundled.js';
import type { Dataset } from './types.js';

/** The bundled dataset with the guide texts, for the picker; its quiz is loaded on demand (see quiz-loader.ts). */
export const bundledGuideDataset: Dataset = { ...bundledDataset, ...guide };
