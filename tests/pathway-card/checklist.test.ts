import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/pathway-card/define.js';
import type { PathwayCard } from '../../src/pathway-card/pathway-card.js';
import { render, shadow, textOf } from '../helpers.js';

const KEY = 'pm-pathways:progress:';
const boxes = (el: PathwayCard) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

describe('pm-pathway-card checklist', () => {
  beforeEach(() => localStorage.clear());

  it('turns steps into labelled checkboxes and fires pm-step-toggle', async () => {
    const el = await render<PathwayCard>(
      html`<pm-pathway-card pathway="technical-background" checklist></pm-pathway-card>`,
    );
    const inputs = boxes(el);
    expect(inputs).to.have.length(3);
    expect(inputs[1]!.labels![0]!.textContent).to.equal('Own a small feature');

    setTimeout(() => inputs[1]!.click());
    const event = await oneEvent(el, 'pm-step-toggle');
    expect(event.detail).to.deep.equal({ pathway: 'technical-background', step: 1, done: true });
    expect(event.bubbles && event.composed).to.be.true;
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('.progress'))).to.equal('1 of 3 steps done');
    // The progress code loads on demand with the first checklist: the tick is saved once it is here.
    await waitUntil(() => localStorage.getItem(`${KEY}technical-background`), 'the tick is saved');
    expect(JSON.parse(localStorage.getItem(`${KEY}technical-background`)!)).to.deep.equal([false, true, false]);
  });

  it('toggles with the keyboard', async () => {
    const el = await render<PathwayCard>(
      html`<pm-pathway-card pathway="freelance-consulting" checklist></pm-pathway-card>`,
    );
    boxes(el)[0]!.focus();
    setTimeout(() => sendKeys({ press: ' ' }));
    const event = await oneEvent(el, 'pm-step-toggle');
    expect(event.detail).to.deep.equal({ pathway: 'freelance-consulting', step: 0, done: true });
    expect(boxes(el)[0]!.checked).to.be.true;
  });

  it('keeps progress for a re-created card', async () => {
    const first = await render<PathwayCard>(
      html`<pm-pathway-card pathway="formal-education" checklist></pm-pathway-card>`,
    );
    boxes(first)[2]!.click();
    await first.updateComplete;
    first.remove();
    const second = await render<PathwayCard>(
      html`<pm-pathway-card pathway="formal-education" checklist></pm-pathway-card>`,
    );
    expect(boxes(second).map((b) => b.checked)).to.deep.equal([false, false, true]);
    expect(shadow(second).querySelector('[part=step]:nth-child(3)')!.classList.contains('done')).to.be.true;
  });

  it('reads progress saved earlier in localStorage and ignores garbage', async () => {
    localStorage.setItem(`${KEY}networking-mentorship`, JSON.stringify([true, 'yes', true]));
    localStorage.setItem(`${KEY}startup-experience`, '{not json');
    const el = await render<PathwayCard>(
      html`<pm-pathway-card pathway="networking-mentorship" checklist></pm-pathway-card>`,
    );
    expect(boxes(el).map((b) => b.checked)).to.deep.equal([true, false, true]);
    el.pathway = 'startup-experience';
    await el.updateComplete;
    expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, false, false]);
  });

  it('works in memory when storage throws', async () => {
    const proto = Storage.prototype;
    const { getItem, setItem } = proto;
    proto.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    proto.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const first = await render<PathwayCard>(
        html`<pm-pathway-card pathway="certifications-bootcamps" checklist></pm-pathway-card>`,
      );
      boxes(first)[0]!.click();
      await first.updateComplete;
      expect(boxes(first)[0]!.checked).to.be.true;
      first.remove();
      const second = await render<PathwayCard>(
        html`<pm-pathway-card pathway="certifications-bootcamps" checklist></pm-pathway-card>`,
      );
      expect(
        boxes(second).map((b) => b.checked),
        'kept in memory for this page',
      ).to.deep.equal([true, false, false]);
    } finally {
      proto.getItem = getItem;
      proto.setItem = setItem;
    }
  });

  it('removing checklist turns the steps back into numbered items', async () => {
    const el = await render<PathwayCard>(
      html`<pm-pathway-card pathway="formal-education" checklist></pm-pathway-card>`,
    );
    el.checklist = false;
    await el.updateComplete;
    expect(boxes(el)).to.have.length(0);
    expect(getComputedStyle(shadow(el).querySelector('[part=step]')!, '::before').content).to.equal('counter(step)');
  });
});
