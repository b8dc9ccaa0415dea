import { expect, html } from '@open-wc/testing';
import '../../src/pathway-card/define.js';
import type { PathwayCard } from '../../src/pathway-card/pathway-card.js';
import { captureWarnings, render } from '../helpers.js';

describe('pm-pathway-card accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`full card passes axe in ${theme}`, async () => {
      const el = await render<PathwayCard>(
        html`<pm-pathway-card pathway="internal-transition" theme=${theme}></pm-pathway-card>`,
      );
      await expect(el).to.be.accessible();
    });
    it(`compact card, collapsed and expanded, passes axe in ${theme}`, async () => {
      const el = await render<PathwayCard>(
        html`<pm-pathway-card pathway="startup-experience" variant="compact" theme=${theme}></pm-pathway-card>`,
      );
      await expect(el).to.be.accessible();
      el.expanded = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it(`checklist card passes axe in ${theme}`, async () => {
      const el = await render<PathwayCard>(
        html`<pm-pathway-card pathway="formal-education" checklist theme=${theme}></pm-pathway-card>`,
      );
      await expect(el).to.be.accessible();
    });
    it(`error state passes axe in ${theme}`, async () => {
      const warnings = captureWarnings();
      let el: PathwayCard;
      try {
        el = await render<PathwayCard>(html`<pm-pathway-card pathway="nope" theme=${theme}></pm-pathway-card>`);
      } finally {
        warnings.restore();
      }
      await expect(el).to.be.accessible();
    });
  }
});
