// The script-tag build's entry (dist/pm-pathways.js): defines every element,
// the provider first so cards already in the page find it as they upgrade.
// Unlike the npm index it exports no helpers, so the quiz ranking stays in
// its own file, loaded when a reader opens "find my path".
import './pathway-data/define.js';
import './pathway-card/define.js';
import './pathway-picker/define.js';
