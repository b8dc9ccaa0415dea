import { expect, html } from '@open-wc/testing';
import '../../src/pathway-card/define.js';
import type { PathwayCard } from '../../src/pathway-card/pathway-card.js';
import { pathways } from '../../src/generated/dataset.js';
import { captureWarnings, expectNone, expectNull, render, shadow, textOf } from '../helpers.js';

describe('pm-pathway-card rendering', () => {
  it('has the seven pathways of the SPEC, in the article order', () => {
    expect(pathways.map((p) => p.id)).to.deep.equal([
      'internal-transition',
      'formal-education',
      'startup-experience',
      'certifications-bootcamps',
      'technical-background',
      'networking-mentorship',
      'freelance-consulting',
    ]);
  });

  for (const pathway of pathways) {
    it(`renders ${pathway.id}: its title, summary and 3 steps`, async () => {
      const el = await render<PathwayCard>(html`<pm-pathway-card pathway=${pathway.id}></pm-pathway-card>`);
      const root = shadow(el);
      expect(textOf(root.querySelector('[part=heading]'))).to.equal(pathway.title);
      expect(textOf(root.querySelector('[part=summary]'))).to.equal(pathway.summary);
      const steps = root.querySelectorAll('[part=step]');
      expect(steps).to.have.length(3);
      steps.forEach((step, i) => {
        expect(textOf(step.querySelector('[part=step-title]'))).to.equal(pathway.steps[i]!.title);
        expect(textOf(step.querySelector('[part=step-body]'))).to.equal(pathway.steps[i]!.body);
      });
    });
  }

  it('changes pathway when the attribute changes', async () => {
    const el = await render<PathwayCard>(html`<pm-pathway-card pathway="formal-education"></pm-pathway-card>`);
    el.setAttribute('pathway', 'freelance-consulting');
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('[part=heading]'))).to.equal('Freelance and consulting');
    expect(el.pathway).to.equal('freelance-consulting');
  });

  it('compact hides the steps behind a disclosure button', async () => {
    const el = await render<PathwayCard>(
      html`<pm-pathway-card pathway="startup-experience" variant="compact"></pm-pathway-card>`,
    );
    const root = shadow(el);
    const steps = root.querySelector<HTMLElement>('[part=steps]')!;
    const button = root.querySelector<HTMLButtonElement>('button')!;
    expect(steps.hidden).to.be.true;
    expect(steps.getBoundingClientRect().height).to.equal(0);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(steps.id);
    expect(textOf(button)).to.equal('Show the 3 steps');

    button.click();
    await el.updateComplete;
    expect(el.expanded).to.be.true;
    expect(el.hasAttribute('expanded'), 'expanded reflects').to.be.true;
    expect(steps.hidden).to.be.false;
    expect(button.getAttribute('aria-expanded')).to.equal('true');

    el.removeAttribute('expanded');
    await el.updateComplete;
    expect(steps.hidden).to.be.true;
  });

  it('full ignores expanded and shows no disclosure', async () => {
    const el = await render<PathwayCard>(html`<pm-pathway-card pathway="startup-experience"></pm-pathway-card>`);
    expectNull(shadow(el).querySelector('button'), 'no disclosure in the full variant');
    expect(shadow(el).querySelector<HTMLElement>('[part=steps]')!.hidden).to.be.false;
    el.variant = 'compact';
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLElement>('[part=steps]')!.hidden).to.be.true;
  });

  it('shows slotted footer content and hides unslotted fallback children', async () => {
    const el = await render<PathwayCard>(html`
      <pm-pathway-card pathway="internal-transition">
        <p id="fallback">Internal transition: ask, learn, connect.</p>
        <a slot="footer" href="#talk">Book a call</a>
      </pm-pathway-card>`);
    const fallback = el.querySelector<HTMLElement>('#fallback')!;
    const footer = el.querySelector<HTMLElement>('[slot=footer]')!;
    expect(fallback.getClientRects().length, 'fallback is not rendered after upgrade').to.equal(0);
    expect(footer.getClientRects().length).to.be.greaterThan(0);
    const steps = shadow(el).querySelector('[part=steps]')!.getBoundingClientRect();
    expect(footer.getBoundingClientRect().top).to.be.greaterThan(steps.bottom - 1);
  });

  it('fits a 320 px wide column without overflowing', async () => {
    const el = await render<PathwayCard>(
      html`<div style="width: 320px"><pm-pathway-card pathway="certifications-bootcamps" checklist></pm-pathway-card></div>`,
    );
    const card = el.querySelector('pm-pathway-card')!;
    const box = shadow(card).querySelector('[part=card]')!;
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    expect(card.getBoundingClientRect().width).to.equal(320);
  });

  it('can be created with document.createElement and properties', async () => {
    const el = document.createElement('pm-pathway-card');
    el.pathway = 'networking-mentorship';
    el.variant = 'compact';
    el.expanded = true;
    document.body.append(el);
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('[part=heading]'))).to.equal('Networking and mentorship');
    expect(shadow(el).querySelector<HTMLElement>('[part=steps]')!.hidden).to.be.false;
    el.remove();
  });

  it('renders text from data as text, never as markup', async () => {
    const warnings = captureWarnings();
    let el: PathwayCard;
    try {
      el = await render<PathwayCard>(
        html`<pm-pathway-card pathway=${'<img src=x onerror=alert(1)>'}></pm-pathway-card>`,
      );
    } finally {
      warnings.restore();
    }
    expect(warnings.calls).to.have.length(1);
    expectNone(el, 'img', 'the id is shown as text');
    expect(textOf(shadow(el).querySelector('[part=error]'))).to.contain('<img src=x onerror=alert(1)>');
  });
});
