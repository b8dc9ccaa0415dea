import { lazy } from '../shared/lazy.js';

/** The sync-url code (url-sync.ts), loaded by the first picker that has the attribute. */
export const urlCode = lazy(() => import('./url-sync.js'));
