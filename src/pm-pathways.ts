// The script-tag build (dist/pm-pathways.js): everything in the package, plus
// Lit's hydration support loaded from dist/chunks/ only when the page holds
// server-rendered elements. Must stay the first import: it runs before any define().
import './hydration/lazy.js';

export * from './index.js';
