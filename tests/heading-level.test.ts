import { expect, html } from '@open-wc/testing';
import '../src/pathway-card/define.js';
import '../src/pathway-data/define.js';
import '../src/pathway-picker/define.js';
import type { PathwayCard } from '../src/pathway-card/pathway-card.js';
import type { PathwayData } from '../src/pathway-data/pathway-data.js';
import type { PathwayPicker } from '../src/pathway-picker/pathway-picker.js';
import type { Dataset } from '../src/data/types.js';
import { render, settle, shadow } from './helpers.js';

const LEVELS = [1, 2, 3, 4, 5, 6];
const OUT_OF_RANGE = ['0', '7', '-1', '2.5', 'x', '', '1e3'];
const cardHeading = (card: Element) => shadow(card).querySelector('[part=heading]')?.localName;
const data: Dataset = {
  version: 1,
  title: 'Ways in',
  pathways: [{ id: 'formal-education', title: 'Formal', summary: 'S.', steps: [{ title: 'T', body: 'B.' }] }],
};

describe('heading-level', () => {
  it('gives the card an h1 to h6 for levels 1 to 6, by attribute and by property', async () => {
    const el = await render<PathwayCard>(html`<pm-pathway-card pathway="formal-education"></pm-pathway-card>`);
    expect(cardHeading(el), 'h3 by default').to.equal('h3');
    for (const level of LEVELS) {
      el.setAttribute('heading-level', String(level));
      await el.updateComplete;
      expect(cardHeading(el), `heading-level="${level}"`).to.equal(`h${level}`);
      el.removeAttribute('heading-level');
      el.headingLevel = 7 - level; // a different level each time, so a stale heading shows
      await el.updateComplete;
      expect(cardHeading(el), `.headingLevel = ${7 - level}`).to.equal(`h${7 - level}`);
    }
  });

  it('clamps the card to its default h3 for levels it cannot give', async () => {
    const el = await render<PathwayCard>(
      html`<pm-pathway-card pathway="formal-education" heading-level="1"></pm-pathway-card>`,
    );
    for (const value of OUT_OF_RANGE) {
      el.setAttribute('heading-level', '1');
      await el.updateComplete;
      el.setAttribute('heading-level', value);
      await el.updateComplete;
      expect(cardHeading(el), `heading-level="${value}"`).to.equal('h3');
    }
  });

  it('gives the picker its title at the level and its card one below (at most h6)', async () => {
    const root = await render<PathwayData>(html`
      <pm-pathway-data .data=${data}><pm-pathway-picker value="formal-education"></pm-pathway-picker></pm-pathway-data>`);
    const picker = root.querySelector<PathwayPicker>('pm-pathway-picker')!;
    const title = () => shadow(picker).querySelector('.header > :is(h1, h2, h3, h4, h5, h6)')?.localName;
    const card = () => cardHeading(shadow(picker).querySelector('pm-pathway-card')!);
    expect([title(), card()], 'h2 and h3 by default').to.deep.equal(['h2', 'h3']);
    for (const level of LEVELS) {
      picker.setAttribute('heading-level', String(level));
      await settle(picker);
      expect([title(), card()], `heading-level="${level}"`).to.deep.equal([`h${level}`, `h${Math.min(level + 1, 6)}`]);
    }
    for (const value of OUT_OF_RANGE) {
      picker.setAttribute('heading-level', '1');
      await settle(picker);
      picker.setAttribute('heading-level', value);
      await settle(picker);
      expect([title(), card()], `heading-level="${value}" falls back`).to.deep.equal(['h2', 'h3']);
    }
  });
});
