import { lazy } from '../shared/lazy.js';

/** Checklist progress (progress-store.ts), loaded by the first checklist on the page; server rendering awaits `progressCode.load()`. */
export const progressCode = lazy(() => import('./progress-store.js'));
