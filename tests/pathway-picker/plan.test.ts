import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/pathway-picker/define.js';
import '../../src/pathway-card/define.js';
import type { PathwayPicker } from '../../src/pathway-picker/pathway-picker.js';
import type { PathwayCard } from '../../src/pathway-card/pathway-card.js';
import { planPrinter } from '../../src/quiz/plan-document.js';
import { bundledDatasetWithQuiz as data } from '../../src/data/bundled-quiz.js';
import { render, settle, shadow, textOf } from '../helpers.js';

const questions = data.quiz!.questions;
// A marketing manager at a company with product managers: the best fit is internal transition alone.
const persona = ['product-team', 'business', 'none', 'little', 'people', 'team'];
const encoded = persona.join('.');
const radios = (el: PathwayPicker) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
const button = (el: PathwayPicker, name: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => textOf(b) === name)!;
const results = (el: PathwayPicker) =>
  waitUntil(() => shadow(el).querySelector('#results-heading'), 'the results show');

async function finish(el: PathwayPicker) {
  await waitUntil(() => radios(el).length, 'the first question shows');
  for (let i = 0; i < questions.length; i++) {
    radios(el)
      .find((r) => r.value === persona[i])!
      .click();
    await settle(el);
    shadow(el).querySelector<HTMLButtonElement>('.actions .primary')!.click();
    await settle(el);
  }
  await results(el);
}
const planCard = (el: PathwayPicker) => shadow(el).querySelector<PathwayCard>('.plan-steps pm-pathway-card')!;
const boxes = (card: PathwayCard) => [...shadow(card).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

describe('the plan', () => {
  const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  const print = planPrinter.print;
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
  afterEach(() => {
    localStorage.clear();
    if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    planPrinter.print = print;
    history.replaceState(null, '', location.pathname + location.search);
    for (const frame of document.querySelectorAll('iframe[data-pm-print]')) frame.remove();
  });
  const stubClipboard = (writeText: (text: string) => Promise<void>) =>
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText }) });

  it('copies as plain text everything the screen shows: the route and why, this week, the steps with their ticks, 90 days, signal, roles, artefact, resources, notes, plan B, not now, the credit', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker view="quiz"></pm-pathway-picker>`);
    await finish(el);
    const card = planCard(el);
    await settle(card);
    boxes(card)[1]!.click();
    await waitUntil(
      () => localStorage.getItem('pm-pathways:progress:internal-transition')?.includes('true'),
      'the tick is saved',
    );
    let copied = '';
    stubClipboard(async (text) => {
      copied = text;
    });
    button(el, 'Copy my plan').click();
    await waitUntil(() => copied, 'the plan is copied');
    const lines = copied.split('\n');
    expect(lines[0]).to.equal('# My way into product management');
    const headings = lines.filter((l) => l.startsWith('## '));
    expect(headings).to.deep.equal([
      '## Your best fit: Internal transition',
      '## This week',
      '## Steps to take',
      '## The next 90 days',
      '## How you will know it is working',
      '## Roles to search for',
      '## Something to show',
      '## Resources',
      '## Plan B: Networking and mentorship',
      '## Other routes that fit you',
      '## Not right now',
    ]);
    expect(lines).to.include(
      '- [ ] Spot the openings. Tell people at your company that product management interests you, and watch for product roles that open there.',
    );
    expect(
      lines.some((l) => l.startsWith('- [x] Practise the skills the move tests. ')),
      'ticked steps are ticked',
    ).to.equal(true);
    expect(lines.some((l) => l.startsWith('- By day 30: '))).to.equal(true);
    expect(lines.some((l) => l.startsWith('If you switch, start here: '))).to.equal(true);
    expect(lines.some((l) => l.startsWith('Whichever route you take, grow your network'))).to.equal(true);
    expect(lines.some((l) => l.startsWith('- Formal education: '))).to.equal(true);
    // Everything the screen shows is in the text, in the same order.
    const shown = [
      ...shadow(el).querySelectorAll('.results :is(li:not(.result), p, h4, .pick, .result > strong, .result > span)'),
    ]
      .filter((e) => !e.closest('pm-pathway-card') && !e.closest('.open'))
      .map((e) => textOf(e).replace(/ \((free|paid)\)$/, ''));
    let from = 0;
    for (const text of shown) {
      const at = copied.indexOf(text, from);
      expect(at, `the copied plan holds “${text}” in screen order`).to.be.at.least(0);
      from = at;
    }
    expect(copied).to.contain('are based on “Pathways to Product Management: A Comprehensive Guide”, The PM Playbook');
    expect(copied).to.contain("are this project's own guidance");
    await settle(el);
    const status = shadow(el).querySelector('[role=status]')!;
    expect(textOf(status)).to.equal('Your plan is copied. Paste it into your notes.');
    expect(status.classList.contains('sr-only'), 'the confirmation is visible').to.equal(false);
  });

  it('shows the plan to copy by hand when the clipboard refuses', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker view="quiz"></pm-pathway-picker>`);
    await finish(el);
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    button(el, 'Copy my plan').click();
    await waitUntil(() => shadow(el).querySelector('.copy-fallback'), 'the text appears');
    await settle(el);
    const area = shadow(el).querySelector<HTMLTextAreaElement>('.copy-fallback')!;
    expect(area.value).to.contain('# My way into product management');
    expect(shadow(el).activeElement, 'the text is ready to copy').to.equal(area);
    expect(textOf(shadow(el).querySelector('[role=status]'))).to.contain('Copying did not work here');
  });

  it('prints the plan alone, as text in a frame of its own', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker view="quiz"></pm-pathway-picker>`);
    await finish(el);
    let printed: Document | undefined;
    planPrinter.print = (win) => {
      printed = win.document;
    };
    button(el, 'Print my plan').click();
    await waitUntil(() => printed, 'the plan is printed');
    expect(textOf(printed!.querySelector('h1'))).to.equal('My way into product management');
    expect([...printed!.querySelectorAll('h2')].map(textOf)).to.include('Your best fit: Internal transition');
    expect([...printed!.querySelectorAll('h2')].map(textOf)).to.include('Plan B: Networking and mentorship');
    expect(printed!.body.textContent).to.contain('Whichever route you take, grow your network');
    expect(printed!.body.textContent).not.to.contain('Find my path');
    expect(printed!.documentElement.dir).to.equal('ltr');
    expect(printed!.querySelectorAll('script, img, button')).to.have.length(0);
  });

  it('is kept: a reload returns to the results, and Start over forgets the answers', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker view="quiz"></pm-pathway-picker>`);
    await finish(el);
    fixtureCleanup();
    const again = await render<PathwayPicker>(html`<pm-pathway-picker></pm-pathway-picker>`);
    await results(again);
    expect(again.view, 'saved results reopen the quiz view').to.equal('quiz');
    expect(planCard(again).getAttribute('pathway')).to.equal('internal-transition');
    button(again, 'Start over').click();
    await settle(again);
    expect(localStorage.getItem('pm-pathways:quiz')).to.equal(null);
  });

  it('keeps a stored answer after a reload in the middle of the quiz', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker view="quiz"></pm-pathway-picker>`);
    await waitUntil(() => radios(el).length);
    radios(el)[3]!.click();
    await settle(el);
    fixtureCleanup();
    const again = await render<PathwayPicker>(html`<pm-pathway-picker view="quiz"></pm-pathway-picker>`);
    await waitUntil(() => radios(again).length);
    expect(textOf(shadow(again).querySelector('legend')), 'it resumes at the first unanswered question').to.contain(
      'Question 2 of 6',
    );
    button(again, 'Back').click();
    await settle(again);
    expect(radios(again)[3]!.checked).to.equal(true);
  });

  it('shares its checklist with a card of the same pathway on the page, at once both ways', async () => {
    const wrapper = await render<HTMLElement>(html`<div>
      <pm-pathway-picker view="quiz"></pm-pathway-picker>
      <pm-pathway-card pathway="internal-transition" checklist></pm-pathway-card>
      <pm-pathway-card pathway="formal-education" checklist></pm-pathway-card></div>`);
    const el = wrapper.querySelector('pm-pathway-picker')!;
    const [card, other] = wrapper.querySelectorAll('pm-pathway-card');
    await finish(el);
    const plan = planCard(el);
    await settle(plan);
    boxes(plan)[0]!.click();
    await settle(card!);
    expect(boxes(card!).map((b) => b.checked)).to.deep.equal([true, false, false]);
    expect(textOf(shadow(card!).querySelector('.progress'))).to.equal('1 of 3 steps done');
    boxes(card!)[2]!.click();
    await settle(plan);
    expect(boxes(plan).map((b) => b.checked)).to.deep.equal([true, false, true]);
    expect(
      boxes(other!).map((b) => b.checked),
      'another pathway is untouched',
    ).to.deep.equal([false, false, false]);
  });

  it('follows progress ticked in another tab (the storage event)', async () => {
    const card = await render<PathwayCard>(
      html`<pm-pathway-card pathway="startup-experience" checklist></pm-pathway-card>`,
    );
    const key = 'pm-pathways:progress:startup-experience';
    localStorage.setItem(key, JSON.stringify([false, true, true]));
    window.dispatchEvent(
      new StorageEvent('storage', { key, newValue: localStorage.getItem(key), storageArea: localStorage }),
    );
    await settle(card);
    expect(boxes(card).map((b) => b.checked)).to.deep.equal([false, true, true]);
  });

  describe('with sync-url', () => {
    it('puts the answers in the address while results show, and a link opens the same results elsewhere', async () => {
      const el = await render<PathwayPicker>(html`<pm-pathway-picker view="quiz" sync-url></pm-pathway-picker>`);
      await finish(el);
      await waitUntil(() => location.hash.includes('answers='), 'the address follows (its code loads on demand)');
      expect(new URLSearchParams(location.hash.slice(1)).get('answers')).to.equal(encoded);
      button(el, 'Change answers').click();
      await settle(el);
      expect(location.hash, 'gone while the questions show').not.to.contain('answers=');

      fixtureCleanup();
      localStorage.clear(); // a fresh browser: only the link
      history.replaceState(null, '', `#answers=${encoded}`);
      const fresh = await render<PathwayPicker>(html`<pm-pathway-picker sync-url></pm-pathway-picker>`);
      await results(fresh);
      expect(planCard(fresh).getAttribute('pathway')).to.equal('internal-transition');
    });

    it('ignores a link with answers it does not know', async () => {
      history.replaceState(null, '', '#answers=student.%3Cimg%3E.x');
      const el = await render<PathwayPicker>(html`<pm-pathway-picker sync-url></pm-pathway-picker>`);
      await settle(el);
      expect(el.view).to.equal('browse');
      expect(shadow(el).querySelector('[part=list]') !== null).to.equal(true);
    });

    it('leaves the choice alone when the hash is not the picker’s (a skip link, #newsletter)', async () => {
      history.replaceState(null, '', '#pathway=formal-education');
      const el = await render<PathwayPicker>(html`<pm-pathway-picker sync-url></pm-pathway-picker>`);
      await waitUntil(() => el.value === 'formal-education', 'the link is applied');
      const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      location.hash = '#newsletter';
      await changed;
      await settle(el);
      expect(el.value).to.equal('formal-education');
      expect(shadow(el).querySelector('pm-pathway-card')!.getAttribute('pathway')).to.equal('formal-education');
    });
  });
});
