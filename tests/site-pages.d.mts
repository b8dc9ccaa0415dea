// Types for site-pages.mjs, for the TypeScript browser tests.
export declare const sitePages: string[];
