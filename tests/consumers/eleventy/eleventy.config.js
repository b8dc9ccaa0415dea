// The README's Eleventy recipe: async shortcodes (declared `async`, or Nunjucks
// prints [object Promise]) that server-render through
// pm-pathways/ssr.js, and the package's dist/ folder copied beside the pages
// for the script tag that hydrates them.
import { readFileSync } from 'node:fs';
import { html, renderToString, withDataset } from 'pm-pathways/ssr.js';

const custom = JSON.parse(readFileSync(new URL('../custom.json', import.meta.url), 'utf8'));

export default function (eleventyConfig) {
  eleventyConfig.addShortcode('pathwayCard', async (id) =>
    renderToString(html`<pm-pathway-card class="demo-card" pathway=${id} heading-level="2"></pm-pathway-card>`),
  );
  eleventyConfig.addShortcode('pathwayPicker', async () =>
    renderToString(html`<pm-pathway-picker class="demo-picker"></pm-pathway-picker>`),
  );
  // Your own dataset: the server renders with it, the browser reads the same JSON from the page.
  eleventyConfig.addShortcode('customCard', async (id) =>
    renderToString(withDataset(custom, html`<pm-pathway-card class="demo-custom" pathway=${id}></pm-pathway-card>`)),
  );
  eleventyConfig.addPassthroughCopy({ '../node_modules/pm-pathways/dist': 'pm-pathways' });
}
