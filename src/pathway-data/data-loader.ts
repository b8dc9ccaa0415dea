import { lazy } from '../shared/lazy.js';

/** The provider's loading and checking code (data-source.ts), fetched when a page first brings its own data; server rendering awaits `dataCode.load()`. */
export const dataCode = lazy(() => import('./data-source.js'));
