import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/pathway-data/define.js';
import '../src/pathway-picker/define.js';
import type { PathwayData } from '../src/pathway-data/pathway-data.js';
import type { PathwayPicker } from '../src/pathway-picker/pathway-picker.js';
import type { Dataset } from '../src/data/types.js';
import { nextActiveIndex } from '../src/pathway-picker/listbox-keys.js';
import { render, settle, shadow, textOf } from './helpers.js';

const titles = ['Alpha', 'Apple', 'Banana', ' avocado', 'Cherry'];
const data: Dataset = {
  version: 1,
  pathways: titles.map((title, i) => ({ id: `p-${i}`, title, summary: 'S.', steps: [{ title: 'T', body: 'B.' }] })),
};

describe('browse listbox type-ahead', () => {
  it('the same letter again moves on to the next match, and wraps', () => {
    expect(nextActiveIndex('a', 0, titles)).to.equal(1);
    expect(nextActiveIndex('a', 1, titles)).to.equal(3);
    expect(nextActiveIndex('A', 3, titles), 'case and leading space do not matter').to.equal(0);
    expect(nextActiveIndex('b', 0, titles)).to.equal(2);
    expect(nextActiveIndex('b', 2, titles), 'a single match stays put').to.equal(2);
    expect(nextActiveIndex('z', 2, titles), 'no match: not our key').to.equal(undefined);
  });

  it('typing a letter twice in the picker moves focus to the next title with it', async () => {
    const root = await render<PathwayData>(
      html`<pm-pathway-data .data=${data}><pm-pathway-picker></pm-pathway-picker></pm-pathway-data>`,
    );
    const picker = root.querySelector<PathwayPicker>('pm-pathway-picker')!;
    const options = () => [...shadow(picker).querySelectorAll<HTMLElement>('[role=option]')];
    const focused = () => textOf(shadow(picker).activeElement?.lastElementChild);
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await settle(picker);
    };
    options()[0]!.focus();
    expect(focused()).to.equal('Alpha');
    await press('a');
    expect(focused(), 'first a').to.equal('Apple');
    await press('a');
    expect(focused(), 'second a moves on').to.equal('avocado');
    await press('a');
    expect(focused(), 'third a wraps to the first match').to.equal('Alpha');
    await press('c');
    expect(focused()).to.equal('Cherry');
    expect(
      options()
        .filter((o) => o.tabIndex === 0)
        .map((o) => textOf(o.lastElementChild)),
      'one tab stop follows focus',
    ).to.deep.equal(['Cherry']);
    expect(picker.getAttribute('value'), 'type-ahead moves focus, it chooses nothing').to.equal(null);
    expect(
      options()
        .filter((o) => o.getAttribute('aria-selected') === 'true')
        .map((o) => textOf(o)),
      'nothing selected',
    ).to.deep.equal([]);
  });
});
