// The script-tag build: the first server-rendered element found loads Lit's
// hydration support from dist/chunks/, so pages without server rendering never fetch it.
import { setHydrationLoader } from './guard.js';

setHydrationLoader(() => import('./support.js'));
