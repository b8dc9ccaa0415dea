import { lazy } from '../shared/lazy.js';

/** The dataset validator, loaded when a page first provides its own data; server rendering awaits `validatorCode.load()`. */
export const validatorCode = lazy(() => import('./validate.js'));
