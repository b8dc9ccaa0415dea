import { coreDataset } from '../generated/dataset.js';
import type { Dataset, Labels } from './types.js';

/** The bundled pathways and guide, without the quiz, which only the picker needs. */
export const bundledDataset: Dataset = coreDataset;

/** The bundled interface words, used for any label a dataset leaves out. */
export const bundledLabels: Labels = coreDataset.labels;

/** The labels of `data`, completed with the bundled ones. */
export const labelsOf = (data: Dataset): Labels => (data.labels ? { ...bundledLabels, ...data.labels } : bundledLabels);
