import { expect } from '@open-wc/testing';
import { settle, shadow, textOf } from './helpers.js';

describe('the script-tag bundle', () => {
  it('defines every element and survives being loaded twice', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      // Two URLs: two separate module instances, as when a blogger pastes the tag twice.
      await import(/* @vite-ignore */ new URL('../dist/pm-pathways.js?copy=1', import.meta.url).href);
      await import(/* @vite-ignore */ new URL('../dist/pm-pathways.js?copy=2', import.meta.url).href);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    const tags = ['pm-pathway-card', 'pm-pathway-data', 'pm-pathway-picker'];
    expect(
      tags.filter((tag) => !customElements.get(tag)),
      'elements the bundle left undefined',
    ).to.deep.equal([]);

    document.body.insertAdjacentHTML('beforeend', '<pm-pathway-card pathway="startup-experience"></pm-pathway-card>');
    const card = document.querySelector('pm-pathway-card')!;
    await settle(card);
    expect(textOf(shadow(card).querySelector('[part=heading]'))).to.equal('Startup experience');
    card.remove();
  });
});
