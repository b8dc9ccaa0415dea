import { expect, html } from '@open-wc/testing';
import '../../src/pathway-card/define.js';
import type { PathwayCard } from '../../src/pathway-card/pathway-card.js';
import { render, shadow, textOf } from '../helpers.js';

describe('pm-pathway-card credit and focus', () => {
  it('credits the article under the steps when asked, with the date in the page language', async () => {
    const el = await render<PathwayCard>(html`<pm-pathway-card pathway="formal-education" credit></pm-pathway-card>`);
    const credit = shadow(el).querySelector('[part=credit]');
    const date = new Date('2024-05-19T00:00:00Z').toLocaleDateString(undefined, { dateStyle: 'long', timeZone: 'UTC' });
    expect(textOf(credit)).to.equal(
      `Based on “Pathways to Product Management: A Comprehensive Guide”, The PM Playbook, ${date}.`,
    );
    await expect(el).to.be.accessible();
  });

  it('shows no credit by default', async () => {
    const el = await render<PathwayCard>(html`<pm-pathway-card pathway="formal-education"></pm-pathway-card>`);
    expect(shadow(el).querySelector('[part=credit]') === null).to.equal(true);
  });

  it('focus() moves focus to its title', async () => {
    const el = await render<PathwayCard>(
      html`<pm-pathway-card pathway="startup-experience" heading-level="2"></pm-pathway-card>`,
    );
    el.focus();
    expect(shadow(el).activeElement?.localName).to.equal('h2');
    expect(document.activeElement).to.equal(el);
  });
});
