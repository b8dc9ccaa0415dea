import { expect } from '@open-wc/testing';
import '../src/pathway-card/define.js';
import type { Dataset } from '../src/data/types.js';
import { settle, shadow, textOf } from './helpers.js';

const custom: Dataset = {
  version: 1,
  pathways: [{ id: 'formal-education', title: 'Late provider', summary: 'S.', steps: [{ title: 'T', body: 'B.' }] }],
};
const heading = (el: Element) => textOf(shadow(el).querySelector('[part=heading]'));

describe('the late-provider root', () => {
  it('a card pruned while away still gets a provider defined after it came back', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<pm-pathway-data id="late"><pm-pathway-card pathway="formal-education"></pm-pathway-card></pm-pathway-data>',
    );
    const provider = document.getElementById('late')!;
    (provider as unknown as { data: Dataset }).data = custom;
    const card = provider.querySelector('pm-pathway-card')!;
    await settle(card);
    card.remove();

    // Enough other waiting cards to make the root prune the ones that left the page.
    const crowd = Array.from({ length: 150 }, () =>
      Object.assign(document.createElement('pm-pathway-card'), { pathway: 'formal-education' }),
    );
    document.body.append(...crowd);
    await Promise.all(crowd.map((c) => c.updateComplete));
    crowd.forEach((c) => c.remove());
    document.body.append(crowd[0]!);

    provider.append(card);
    await settle(card);
    expect(heading(card), 'bundled data until a provider exists').to.equal('Formal education');
    await import('../src/pathway-data/define.js');
    await settle(provider);
    await settle(card);
    expect(heading(card)).to.equal('Late provider');
    expect(heading(crowd[0]!), 'a card outside the provider keeps the bundled data').to.equal('Formal education');
  });
});
