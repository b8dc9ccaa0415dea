// Lit's hydration support, installed on the LitElement this library uses,
// and the hydrator that uses it. @lit-labs/ssr-client only sets a global hook
// that lit-element reads when it loads; when Lit has already loaded (the
// script-tag bundle, or a bundler that put Lit in an earlier chunk), the hook
// is applied here by hand. Must run before the elements define.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';
import { hydration } from './guard.js';
import { prepareClass } from './hydrator.js';
import { isHydrationInstalled } from './installed.js';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

if (!isHydrationInstalled())
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({ LitElement });
hydration.define = prepareClass;
