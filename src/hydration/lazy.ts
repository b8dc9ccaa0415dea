// The script-tag build: when the page holds server-rendered elements, fetch
// Lit's hydration support and the hydrator from dist/chunks/; define() waits
// for them. Pages without server rendering neither fetch nor wait.
import { hydration, serverRendered } from './guard.js';

// A failed load still defines the elements: they draw themselves anew, and the
// warning names the usual cause (pm-pathways.js copied without its chunks).
if (serverRendered())
  hydration.ready = import('./support.js').catch(() => {
    hydration.fix =
      'Copy the whole dist/ folder, not only pm-pathways.js: the hydration code is in dist/chunks/ beside it.';
  });
