import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/data/types.js';
import { settle, shadow, textOf } from '../helpers.js';

const dist = (path: string) => new URL(`../../dist/${path}`, import.meta.url).href;
const heading = (el: Element) => textOf(shadow(el).querySelector('[part=heading]'));

describe('the library twice, and two copies mixed', () => {
  it('one working definition, no error, elements from before and after either load', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<pm-pathway-card id="before" pathway="formal-education"></pm-pathway-card>',
    );

    let CardClass: CustomElementConstructor | undefined;
    try {
      // An npm-built copy of only the card (lit as a separate module), then the whole script-tag bundle, twice.
      await import(dist('npm/pathway-card/define.js'));
      CardClass = customElements.get('pm-pathway-card');
      document.body.insertAdjacentHTML(
        'beforeend',
        '<pm-pathway-card id="between" pathway="technical-background"></pm-pathway-card>',
      );
      await import(dist('pm-pathways.js?first'));
      await import(dist('pm-pathways.js?second'));
      await import(dist('npm/index.js'));
    } finally {
      window.removeEventListener('error', onError);
    }

    expect(errors).to.deep.equal([]);
    expect(customElements.get('pm-pathway-card'), 'the first definition stays').to.equal(CardClass);
    document.body.insertAdjacentHTML(
      'beforeend',
      `
      <pm-pathway-card id="after" pathway="freelance-consulting"></pm-pathway-card>
      <pm-pathway-data id="provider"><pm-pathway-card id="provided" pathway="formal-education"></pm-pathway-card></pm-pathway-data>
      <pm-pathway-picker id="picker" value="startup-experience"></pm-pathway-picker>`,
    );
    // The provider is the bundle's class, the card the npm copy's: the context is shared by a global key.
    const custom: Dataset = {
      version: 1,
      pathways: [
        { id: 'formal-education', title: 'From the other copy', summary: 'S.', steps: [{ title: 'T', body: 'B.' }] },
      ],
    };
    (document.getElementById('provider') as unknown as { data: Dataset }).data = custom;
    for (const id of ['before', 'between', 'after', 'provider', 'picker']) await settle(document.getElementById(id)!);
    await settle(document.getElementById('provided')!);

    expect(heading(document.getElementById('before')!)).to.equal('Formal education');
    expect(heading(document.getElementById('between')!)).to.equal('Technical background');
    expect(heading(document.getElementById('after')!)).to.equal('Freelance and consulting');
    expect(heading(document.getElementById('provided')!)).to.equal('From the other copy');
    const picker = document.getElementById('picker')!;
    expect(heading(shadow(picker).querySelector('pm-pathway-card')!)).to.equal('Startup experience');
  });
});
