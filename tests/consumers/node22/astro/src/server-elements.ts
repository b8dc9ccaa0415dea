// The elements rendered on the server through pm-pathways/ssr.js, for the page to insert (as in the README).
import { html, renderToString, withDataset } from 'pm-pathways/ssr.js';
import { validateDataset } from 'pm-pathways/validate.js';
import copied from '../../../custom.json';

const checked = validateDataset(copied);
if (!checked.ok) throw new Error(checked.problems.map((p) => `custom.json ${p.path}: ${p.message}`).join('\n'));
const myDataset = checked.data;

export const card = (id: string) =>
  renderToString(html`<pm-pathway-card class="demo-card" pathway=${id} heading-level="2"></pm-pathway-card>`);
export const picker = () => renderToString(html`<pm-pathway-picker class="demo-picker"></pm-pathway-picker>`);
export const myCard = (id: string) =>
  renderToString(withDataset(myDataset, html`<pm-pathway-card class="demo-custom" pathway=${id}></pm-pathway-card>`));
