import { expect, html } from '@open-wc/testing';
import '../../src/pathway-picker/define.js';
import type { PathwayPicker } from '../../src/pathway-picker/pathway-picker.js';
import { captureWarnings, render } from '../helpers.js';

describe('pm-pathway-picker accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`browse, empty and chosen, passes axe in ${theme}`, async () => {
      const el = await render<PathwayPicker>(html`<pm-pathway-picker theme=${theme}></pm-pathway-picker>`);
      await expect(el).to.be.accessible();
      el.value = 'startup-experience';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it(`the quiz question passes axe in ${theme}`, async () => {
      const el = await render<PathwayPicker>(html`<pm-pathway-picker view="quiz" theme=${theme}></pm-pathway-picker>`);
      await expect(el).to.be.accessible();
    });
    it(`the error state passes axe in ${theme}`, async () => {
      const warnings = captureWarnings();
      const el = await render<PathwayPicker>(html`<pm-pathway-picker value="nope" theme=${theme}></pm-pathway-picker>`);
      warnings.restore();
      await expect(el).to.be.accessible();
    });
  }
});
