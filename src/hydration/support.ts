// Lit's hydration support, installed on the LitElement this library uses.
// @lit-labs/ssr-client only sets a global hook that lit-element reads when it
// loads; when Lit has already loaded (the script-tag bundle, or a bundler that
// put Lit in an earlier chunk), the hook is applied here by hand.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';
import { setHydrationCheck } from './guard.js';
import { isHydrationInstalled } from './installed.js';
import { matchesRender } from './verify.js';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

if (!isHydrationInstalled()) (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({ LitElement });
setHydrationCheck(matchesRender);
