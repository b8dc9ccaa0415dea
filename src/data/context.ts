import { createContext } from '@lit/context';
import type { DatasetState } from './types.js';

/**
 * The dataset a `<pm-pathway-data>` (or a picker, for its card) provides.
 * A global symbol, so two copies of the library on one page still talk.
 */
export const datasetContext = createContext<DatasetState | undefined>(Symbol.for('pm-pathways.dataset'));
