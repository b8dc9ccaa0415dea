// The script-tag build's entry (dist/pm-pathways.js): defines every element,
// the provider first so cards already in the page find it as they upgrade.
// Unlike the npm index it exports no helpers, so the quiz ranking stays in
// its own file, loaded when a reader opens "find my path".
// First: on a page with server-rendered elements, the defines below wait for Lit's hydration support (dist/chunks/).
import './hydration/lazy.js';
import './pathway-data/define.js';
import './pathway-card/define.js';
import './pathway-picker/define.js';

// Types only, erased from the script: TypeScript importing pm-pathways/pm-pathways.js gets the tag names and classes.
export type { PathwayCard, PathwayData, PathwayPicker } from './index.js';
