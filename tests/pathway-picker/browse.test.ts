import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/pathway-picker/define.js';
import type { PathwayPicker } from '../../src/pathway-picker/pathway-picker.js';
import type { PmPathwayChangeEvent } from '../../src/events.js';
import { captureWarnings, expectNull, render, settle, shadow, textOf } from '../helpers.js';

const options = (el: PathwayPicker) => [...shadow(el).querySelectorAll<HTMLElement>('[role=option]')];
const focused = (el: PathwayPicker) => shadow(el).activeElement;
const shownCard = (el: PathwayPicker) => shadow(el).querySelector('pm-pathway-card');
const record = (el: HTMLElement) => {
  const events: PmPathwayChangeEvent['detail'][] = [];
  el.addEventListener('pm-pathway-change', (e) => events.push(e.detail));
  return events;
};
const press = async (el: PathwayPicker, key: string) => {
  await sendKeys({ press: key });
  await settle(el);
};

describe('pm-pathway-picker browse', () => {
  it('lists every pathway as a listbox with one tab stop and a prompt', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker></pm-pathway-picker>`);
    const list = shadow(el).querySelector('[role=listbox]')!;
    expect(list.getAttribute('part')).to.equal('list');
    expect(options(el).map((o) => textOf(o.lastElementChild))).to.deep.equal([
      'Internal transition',
      'Formal education',
      'Startup experience',
      'Certifications and bootcamps',
      'Technical background',
      'Networking and mentorship',
      'Freelance and consulting',
    ]);
    expect(options(el).map((o) => textOf(o.querySelector('[aria-hidden=true]')))).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(options(el).filter((o) => o.tabIndex === 0)).to.have.length(1);
    expectNull(shownCard(el), 'no card is shown');
    expect(textOf(shadow(el).querySelector('.prompt'))).to.equal('Choose a path to see its steps.');
    expect(el.view).to.equal('browse');
    expect(el.hasAttribute('view'), 'the default view is not written onto the tag').to.be.false;
  });

  it('is operable by keyboard: arrows, Home, End, Enter and Space', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker></pm-pathway-picker>`);
    const events = record(el);
    options(el)[0]!.focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal(options(el)[2]);
    expect(events, 'moving focus chooses nothing').to.have.length(0);
    await press(el, 'Enter');
    expect(el.value).to.equal('startup-experience');
    expect(el.getAttribute('value')).to.equal('startup-experience');
    expect(options(el)[2]!.getAttribute('aria-selected')).to.equal('true');
    expect(events).to.deep.equal([{ pathway: 'startup-experience', source: 'list' }]);
    await press(el, 'End');
    expect(focused(el)).to.equal(options(el)[6]);
    await press(el, 'ArrowDown');
    expect(focused(el), 'no wrap past the end').to.equal(options(el)[6]);
    await press(el, ' ');
    expect(el.value).to.equal('freelance-consulting');
    await press(el, 'Home');
    expect(focused(el)).to.equal(options(el)[0]);
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal(options(el)[0]);
    await press(el, 't');
    expect(focused(el), 'typing a letter jumps to the next title with it').to.equal(options(el)[4]);
    expect(events.map((e) => e.pathway)).to.deep.equal(['startup-experience', 'freelance-consulting']);
    expect(options(el).filter((o) => o.tabIndex === 0)).to.deep.equal([options(el)[4]]);
  });

  it('shows the chosen pathway card with its parts exported', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker></pm-pathway-picker>`);
    options(el)[1]!.click();
    await settle(el);
    const card = shownCard(el)!;
    expect(card.getAttribute('part')).to.equal('card');
    expect(card.getAttribute('exportparts')).to.contain('step-title');
    expect(card.getAttribute('heading-level')).to.equal('3');
    expect(textOf(card.shadowRoot!.querySelector('h3'))).to.equal('Formal education');
    const style = document.createElement('style');
    style.textContent = 'pm-pathway-picker::part(step-title) { text-transform: uppercase }';
    document.head.append(style);
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part=step-title]')!).textTransform).to.equal('uppercase');
    style.remove();
  });

  it('puts the card beside the list when wide and below it when narrow', async () => {
    const wrapper = await render<HTMLDivElement>(
      html`<div style="width: 900px"><pm-pathway-picker value="formal-education"></pm-pathway-picker></div>`,
    );
    const el = wrapper.querySelector('pm-pathway-picker')!;
    const list = () => shadow(el).querySelector('[part=list]')!.getBoundingClientRect();
    const card = () => shownCard(el)!.getBoundingClientRect();
    expect(card().left).to.be.greaterThan(list().right - 1);
    wrapper.style.width = '320px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(card().top).to.be.greaterThan(list().bottom - 1);
    expect(shadow(el).querySelector('.panel')!.scrollWidth).to.be.at.most(320);
  });

  it('a script setting value chooses without an event', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker></pm-pathway-picker>`);
    const events = record(el);
    el.value = 'technical-background';
    await settle(el);
    expect(textOf(shownCard(el)!.shadowRoot!.querySelector('[part=heading]'))).to.equal('Technical background');
    el.setAttribute('value', 'networking-mentorship');
    await settle(el);
    expect(textOf(shownCard(el)!.shadowRoot!.querySelector('[part=heading]'))).to.equal('Networking and mentorship');
    el.value = null;
    await settle(el);
    expectNull(shownCard(el), 'no card is shown');
    expect(events).to.have.length(0);
  });

  it('re-choosing the chosen pathway fires nothing', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker value="formal-education"></pm-pathway-picker>`);
    const events = record(el);
    options(el)[1]!.click();
    await settle(el);
    expect(events).to.have.length(0);
  });

  it('an unknown value shows the error state and the list stays usable', async () => {
    const warnings = captureWarnings();
    const el = await render<PathwayPicker>(html`<pm-pathway-picker value="pilot"></pm-pathway-picker>`);
    warnings.restore();
    const notice = shadow(el).querySelector('[part=error]')!;
    expect(textOf(notice)).to.contain('pilot');
    expect(textOf(notice)).to.contain('internal-transition');
    expect(warnings.calls).to.have.length(1);
    setTimeout(() => options(el)[0]!.click());
    const event = await oneEvent(el, 'pm-pathway-change');
    expect(event.detail.pathway).to.equal('internal-transition');
    await settle(el);
    expectNull(shadow(el).querySelector('[part=error]'), 'no error notice');
  });

  it('switches views with the view buttons and the view attribute', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker></pm-pathway-picker>`);
    const [browse, quiz] = shadow(el).querySelectorAll<HTMLButtonElement>('[part=views] button');
    expect(browse!.getAttribute('aria-pressed')).to.equal('true');
    quiz!.click();
    await settle(el);
    expect(el.view).to.equal('quiz');
    expect(el.getAttribute('view')).to.equal('quiz');
    await waitUntil(() => shadow(el).querySelector('[part=question]'), 'the quiz code arrives and asks');
    el.setAttribute('view', 'browse');
    await settle(el);
    expect(shadow(el).querySelector('[part=list]')).to.exist;
  });
});
