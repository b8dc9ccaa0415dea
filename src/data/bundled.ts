import { labels, pathways, source } from '../generated/dataset.js';
import type { Dataset, Labels } from './types.js';

/** The bundled pathways, for cards: with the source credit, without the guide texts and the quiz, which only the picker shows. */
export const bundledDataset: Dataset = { version: 1, lang: 'en', pathways, labels, source };

/** The bundled interface words, used for any label a dataset leaves out. */
export const bundledLabels: Labels = labels;

const merged = new WeakMap<Dataset, Labels>();

/** The labels of `data`, completed with the bundled ones; merged once per dataset. */
export function labelsOf(data: Dataset): Labels {
  if (!data.labels || data.labels === bundledLabels) return bundledLabels;
  let labels = merged.get(data);
  if (!labels) merged.set(data, (labels = { ...bundledLabels, ...data.labels }));
  return labels;
}
