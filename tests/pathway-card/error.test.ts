import { expect, html } from '@open-wc/testing';
import '../../src/pathway-card/define.js';
import type { PathwayCard } from '../../src/pathway-card/pathway-card.js';
import { PmErrorEvent } from '../../src/events.js';
import { captureWarnings, expectNull, render, shadow, textOf } from '../helpers.js';

describe('pm-pathway-card error state', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('shows a notice naming the unknown id and the known ids, warns once, fires pm-error', async () => {
    const events: PmErrorEvent[] = [];
    const onError = (e: PmErrorEvent) => events.push(e);
    document.addEventListener('pm-error', onError);
    const el = await render<PathwayCard>(html`<pm-pathway-card pathway="astronaut"></pm-pathway-card>`);
    el.requestUpdate(); // a re-render must not report again
    await el.updateComplete;
    document.removeEventListener('pm-error', onError);
    const notice = shadow(el).querySelector('[part=error]')!;
    expect(textOf(notice)).to.contain('astronaut');
    expect(textOf(notice)).to.contain('internal-transition');
    expect(textOf(notice)).to.contain('freelance-consulting');
    expect(notice.getClientRects().length).to.be.greaterThan(0);
    expectNull(shadow(el).querySelector('[part=card]'), 'no card beside the notice');
    expect(warnings.calls).to.have.length(1);
    expect(events).to.have.length(1);
    expect(events[0]!.detail.code).to.equal('unknown-pathway');
    expect(events[0]!.detail.message).to.contain('astronaut');
    expect(events[0]!.composed).to.be.true;
  });

  it('shows the error state without a pathway, and recovers when one is set', async () => {
    const el = await render<PathwayCard>(html`<pm-pathway-card></pm-pathway-card>`);
    expect(textOf(shadow(el).querySelector('[part=error]'))).to.contain('No pathway is set');
    el.pathway = 'formal-education';
    await el.updateComplete;
    expectNull(shadow(el).querySelector('[part=error]'), 'the notice goes once the pathway is known');
    expect(textOf(shadow(el).querySelector('[part=heading]'))).to.equal('Formal education');
    expect(warnings.calls).to.have.length(1);
  });

  it('never throws for odd values of any attribute', async () => {
    const el = await render<PathwayCard>(html`<pm-pathway-card pathway="formal-education"></pm-pathway-card>`);
    for (const [name, value] of [
      ['heading-level', 'x'],
      ['heading-level', '-4'],
      ['variant', 'huge'],
      ['theme', 'neon'],
      ['pathway', ''],
      ['pathway', 'x'.repeat(10000)],
    ]) {
      el.setAttribute(name!, value!);
      await el.updateComplete;
    }
    expect(shadow(el).querySelector('[part=error]')).to.exist;
    el.setAttribute('pathway', 'formal-education');
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part=step]')).to.have.length(3);
  });
});
