// The README's Eleventy Lit plugin recipe: the plugin renders every pm-* tag
// in the pages on the server, through pm-pathways/ssr.js, and the script tag
// hydrates them. Custom data is not readable there: use the ssr.js shortcodes.
import litPlugin from '@lit-labs/eleventy-plugin-lit';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, {
    mode: 'worker',
    componentModules: ['../node_modules/pm-pathways/dist/npm/ssr.js'],
  });
  eleventyConfig.addPassthroughCopy({ '../node_modules/pm-pathways/dist': 'pm-pathways' });
}
