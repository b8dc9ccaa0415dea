import { html, renderToString, withDataset } from 'pm-pathways/ssr.js';
import { myDataset } from '../my-dataset';

/** The elements' HTML with declarative shadow DOM, from pm-pathways/ssr.js. */
export const serverElements = () =>
  renderToString(html`
    <pm-pathway-card class="demo-card" pathway="formal-education" heading-level="2"></pm-pathway-card>
    <pm-pathway-picker class="demo-picker"></pm-pathway-picker>
    ${withDataset(myDataset, html`<pm-pathway-card class="demo-custom" pathway="internal-transition"></pm-pathway-card>`)}
  `);
