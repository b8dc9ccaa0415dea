// pm-pathways/hydrate.js: the package for pages that server-render the elements.
// Lit's hydration support installs first, then the elements define, so they
// adopt the server's DOM instead of drawing it again, whatever the bundler's order.
import './hydration/support.js';

export * from './index.js';
