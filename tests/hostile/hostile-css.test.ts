import { expect } from '@open-wc/testing';
import { expectClean, openPage, part } from './page.js';

describe('a page with hostile global CSS', () => {
  it('keeps the card and the picker legible and usable', async () => {
    const page = await openPage('hostile-css.html');
    const { doc, win } = page;
    const style = (el: Element) => win.getComputedStyle(el);
    const card = doc.getElementById('card')!;
    for (const name of ['heading', 'summary', 'step-title', 'step-body']) {
      const el = part(card, name)!;
      expect(parseFloat(style(el).fontSize), `${name} font size`).to.be.at.least(14);
      // Letter spacing is left to inherit on purpose: a reader's text-spacing override (WCAG 1.4.12) must reach the text.
      expect(style(el).letterSpacing, `${name} letter spacing follows the page`).to.equal(style(card).letterSpacing);
      expect(style(el).textTransform, `${name} text transform`).to.equal('none');
      expect(style(el).color, `${name} colour`).not.to.equal('rgb(119, 119, 119)');
    }
    expect(parseFloat(style(part(card, 'heading')!).fontSize)).to.be.below(40);
    expect(part(card, 'card')!.getBoundingClientRect().width, 'the card takes the width').to.be.above(600);
    const box = card.shadowRoot!.querySelector('input')!;
    expect(box.getBoundingClientRect().width).to.be.above(10);
    // A click always flips a native checkbox: what counts is that the card took it.
    const was = box.checked; // storage is shared with earlier test pages
    const toggles: { step: number; done: boolean }[] = [];
    const onToggle = (e: Event) => toggles.push((e as CustomEvent).detail);
    card.addEventListener('pm-step-toggle', onToggle);
    box.click();
    card.removeEventListener('pm-step-toggle', onToggle);
    expect(
      toggles.map(({ step, done }) => ({ step, done })),
      'the card records the tick',
    ).to.deep.equal([{ step: 0, done: !was }]);

    const compact = doc.getElementById('compact')!;
    const disclosure = compact.shadowRoot!.querySelector('button')!;
    expect(disclosure.getBoundingClientRect().height).to.be.above(20);
    disclosure.click();
    await (compact as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(part(compact, 'steps')!.hidden).to.be.false;

    const picker = doc.getElementById('picker')!;
    const option = part(picker, 'option')!;
    expect(parseFloat(style(option).fontSize)).to.be.at.least(14);
    option.click();
    await (picker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(picker.getAttribute('value')).to.equal('internal-transition');
    expectClean(page);
    page.frame.remove();
  });
});
