import { expect } from '@open-wc/testing';
import { settle, shadow, textOf } from './helpers.js';
import type { Dataset } from '../src/data/types.js';

const custom: Dataset = {
  version: 1,
  pathways: [
    { id: 'formal-education', title: 'From the provider', summary: 'S.', steps: [{ title: 'T', body: 'B.' }] },
  ],
};

describe('upgrade order of provider and consumers', () => {
  it('a card defined before its provider still gets the provider data', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<pm-pathway-data id="p"><pm-pathway-card pathway="formal-education"></pm-pathway-card></pm-pathway-data>',
    );
    const provider = document.getElementById('p')!;
    (provider as unknown as { data: Dataset }).data = custom;
    await import('../src/pathway-card/define.js');
    const card = provider.querySelector('pm-pathway-card')!;
    await settle(card);
    expect(textOf(shadow(card).querySelector('h3')), 'bundled data until the provider exists').to.equal(
      'Formal education',
    );
    await import('../src/pathway-data/define.js');
    await settle(provider);
    await settle(card);
    expect(textOf(shadow(card).querySelector('h3'))).to.equal('From the provider');
  });

  it('a provider defined before its cards provides as they upgrade', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<pm-pathway-data id="q"><pm-pathway-picker value="formal-education"></pm-pathway-picker></pm-pathway-data>',
    );
    const provider = document.getElementById('q')!;
    (provider as unknown as { data: Dataset }).data = custom;
    await settle(provider);
    await import('../src/pathway-picker/define.js');
    const picker = provider.querySelector('pm-pathway-picker')!;
    await settle(picker);
    expect(shadow(picker).querySelectorAll('[role=option]')).to.have.length(1);
  });
});
