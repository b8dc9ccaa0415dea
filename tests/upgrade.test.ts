import { expect } from '@open-wc/testing';
import type { PathwayCard, PathwayPicker } from '../src/index.js';
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

describe('attributes on upgrade', () => {
  it('adds no attribute to the tags as they upgrade; a value set later is reflected, and removing it restores the default', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div id="tags">
        <pm-pathway-card pathway="formal-education"></pm-pathway-card>
        <pm-pathway-picker></pm-pathway-picker>
        <pm-pathway-card pathway="startup-experience" theme="dark" variant="compact"></pm-pathway-card>
      </div>`,
    );
    const tags = document.getElementById('tags')!;
    const before = [...tags.querySelectorAll('*')].map((el) => el.outerHTML);
    const changes: string[] = [];
    const observer = new MutationObserver((records) =>
      changes.push(...records.map((r) => `${(r.target as Element).localName} ${r.attributeName}`)),
    );
    observer.observe(tags, { attributes: true, subtree: true });

    await import('../src/index.js');
    await settle(tags);
    const card = tags.querySelector<PathwayCard>('pm-pathway-card')!;
    expect(textOf(shadow(card).querySelector('h3')), 'upgraded').to.equal('Formal education');
    expect(changes.splice(0), 'attribute changes on upgrade').to.deep.equal([]);
    expect(card.outerHTML).to.equal(before[0]);

    const picker = tags.querySelector<PathwayPicker>('pm-pathway-picker')!;
    expect([card.variant, card.theme, picker.view, picker.value]).to.deep.equal(['full', 'auto', 'browse', null]);
    card.variant = 'compact';
    picker.view = 'quiz';
    await settle(tags);
    expect([card.getAttribute('variant'), picker.getAttribute('view')]).to.deep.equal(['compact', 'quiz']);
    card.removeAttribute('variant');
    picker.removeAttribute('view');
    await settle(tags);
    expect([card.variant, picker.view]).to.deep.equal(['full', 'browse']);
    observer.disconnect();
    tags.remove();
  });
});
