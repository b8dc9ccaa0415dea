// The script-tag build: when the page holds server-rendered elements, fetch
// Lit's hydration support and the hydrator from dist/chunks/; define() waits
// for them. Pages without server rendering neither fetch nor wait.
import { hydration } from './guard.js';

if (
  [...document.querySelectorAll('pm-pathway-card, pm-pathway-picker, pm-pathway-data')].some(
    (element) => element.shadowRoot,
  )
) {
  hydration.ready = import('./support.js');
}
