import { expect } from '@open-wc/testing';
import { settle, shadow, textOf } from './helpers.js';

describe('upgrade', () => {
  it('upgrades cards that were in the page, with attributes and properties, before the script', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `
      <pm-pathway-card id="early" pathway="formal-education" variant="compact" heading-level="2">
        <p>Formal education: study your way in.</p>
      </pm-pathway-card>`,
    );
    const early = document.getElementById('early')!;
    const fallback = early.querySelector('p')!;
    expect(fallback.getClientRects().length, 'fallback is visible before the upgrade').to.be.greaterThan(0);
    // A property set before the upgrade must not be lost.
    (early as unknown as { expanded: boolean }).expanded = true;

    await import('../src/pathway-card/define.js');
    await customElements.whenDefined('pm-pathway-card');
    await settle(early);
    expect(textOf(shadow(early).querySelector('h2'))).to.equal('Formal education');
    expect(shadow(early).querySelector<HTMLElement>('[part=steps]')!.hidden).to.be.false;
    expect(fallback.getClientRects().length, 'fallback is hidden after').to.equal(0);
    early.remove();
  });
});
