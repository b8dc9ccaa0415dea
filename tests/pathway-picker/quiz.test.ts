import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/pathway-picker/define.js';
import type { PathwayPicker } from '../../src/pathway-picker/pathway-picker.js';
import { recommend } from '../../src/quiz/recommend.js';
import { plan } from '../../src/quiz/plan.js';
import { plans } from '../../src/generated/quiz.js';
import { bundledDatasetWithQuiz as data } from '../../src/data/bundled-quiz.js';
import { render, settle, shadow, textOf } from '../helpers.js';

const questions = data.quiz!.questions;
const radios = (el: PathwayPicker) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
const focused = (el: PathwayPicker) => shadow(el).activeElement as HTMLElement | null;
const press = async (el: PathwayPicker, key: string) => {
  await sendKeys({ press: key });
  await settle(el);
};
const button = (el: PathwayPicker, name: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => textOf(b) === name)!;
const legend = (el: PathwayPicker) => textOf(shadow(el).querySelector('legend'));
/** A picker in quiz view, once the quiz code (loaded on demand) shows the first question. */
const openQuiz = async (template = html`<pm-pathway-picker view="quiz"></pm-pathway-picker>`) => {
  const el = await render<PathwayPicker>(template);
  await waitUntil(() => shadow(el).querySelector('fieldset[part=question]'), 'the first question appears');
  return el;
};
/** Answers every question by clicking the option at `index` (or the given option ids). */
const answerAll = async (el: PathwayPicker, choose: (q: number) => string) => {
  for (let i = 0; i < questions.length; i++) {
    radios(el)
      .find((r) => r.value === choose(i))!
      .click();
    await settle(el);
    shadow(el).querySelector<HTMLButtonElement>('.actions .primary')!.click();
    await settle(el);
  }
};

describe('pm-pathway-picker quiz', () => {
  afterEach(() => localStorage.clear());

  it('asks the six questions one at a time, as labelled radio groups', async () => {
    const el = await openQuiz();
    expect(legend(el)).to.equal(`Question 1 of 6 ${questions[0]!.prompt}`);
    expect(radios(el).map((r) => r.value)).to.deep.equal([
      'product-team',
      'small-company',
      'no-product-team',
      'student',
      'between-jobs',
      'self-employed',
    ]);
    expect(button(el, 'Next').disabled, 'Next waits for an answer').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('can be finished, changed and restarted by keyboard alone', async () => {
    const el = await openQuiz();
    const picks: string[] = [];
    radios(el)[0]!.focus();
    for (let i = 0; i < questions.length; i++) {
      expect(focused(el)?.getAttribute('type'), `question ${i + 1} has focus`).to.equal('radio');
      await press(el, ' ');
      await press(el, 'ArrowDown'); // a native radio group: arrows move and check
      picks.push(radios(el).find((r) => r.checked)!.value);
      if (i < questions.length - 1) await press(el, 'Enter');
    }
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const complete = await oneEvent(el, 'pm-quiz-complete');
    await settle(el);
    const answers = Object.fromEntries(questions.map((q, i) => [q.id, picks[i]!]));
    expect(complete.detail.answers).to.deep.equal(answers);
    expect(complete.detail.ranking).to.deep.equal(recommend(data, answers));
    const withPlans = { ...data, pathways: data.pathways.map((p) => ({ ...p, plan: plans[p.id] })) };
    expect(complete.detail.plan, 'the plan shown travels with the event').to.deep.equal(plan(withPlans, answers));
    expect(focused(el)?.id, 'focus moves to the results heading').to.equal('results-heading');

    // Buttons by Space: WebDriver and CDP deliver Enter's key events differently, and a focus that moves on
    // Enter's keydown would see the rest of that key press (Enter on the radios moves on).
    button(el, 'Change answers').focus();
    await press(el, ' ');
    expect(legend(el)).to.contain('Question 1 of');
    expect(radios(el).find((r) => r.checked)!.value, 'answers are kept').to.equal(picks[0]);
    expect(focused(el)).to.equal(radios(el).find((r) => r.checked));
    for (let i = 0; i < questions.length; i++) await press(el, 'Enter');
    await waitUntil(() => shadow(el).querySelector('#results-heading'), 'back at the results');
    button(el, 'Start over').focus();
    await press(el, ' ');
    expect(legend(el)).to.contain('Question 1 of');
    expect(radios(el).some((r) => r.checked)).to.equal(false);
  });

  it('Back shows the earlier answer checked (inputs are never reused across questions)', async () => {
    const el = await openQuiz();
    radios(el)[0]!.click();
    await settle(el);
    button(el, 'Next').click();
    await settle(el);
    radios(el)[2]!.click();
    await settle(el);
    button(el, 'Back').click();
    await settle(el);
    expect(radios(el).map((r) => r.checked)).to.deep.equal([true, false, false, false, false, false]);
  });

  it('keeps the radios in the Tab order after Find my path, Browse all paths, Find my path by keyboard', async () => {
    const el = await openQuiz();
    radios(el)[0]!.focus();
    await press(el, ' '); // answer, with focus in the radio group
    button(el, 'Browse all paths').focus(); // (WebDriver has no Shift+Tab)
    await press(el, ' ');
    await press(el, 'Tab');
    expect(textOf(focused(el))).to.equal('Find my path');
    await press(el, ' ');
    await waitUntil(() => radios(el).length, 'the question is back');
    await press(el, 'Tab');
    expect(focused(el)?.getAttribute('type'), 'Tab reaches the question').to.equal('radio');
    expect(new Set(radios(el).map((r) => r.name)).size, 'one group').to.equal(1);
  });

  it('names the view switch apart from the list', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker></pm-pathway-picker>`);
    const views = shadow(el).querySelector('[part=views]')!.getAttribute('aria-label');
    const list = shadow(el).querySelector('[part=list]')!.getAttribute('aria-label');
    expect(views).to.equal('Ways to choose a path');
    expect(views).not.to.equal(list);
  });

  it('offers browse only when a dataset has no quiz', async () => {
    await import('../../src/pathway-data/define.js');
    const { quiz: _quiz, ...noQuiz } = data;
    const wrapper = await render<HTMLElement>(
      html`<pm-pathway-data .data=${noQuiz}><pm-pathway-picker view="quiz"></pm-pathway-picker></pm-pathway-data>`,
    );
    const el = wrapper.querySelector('pm-pathway-picker')!;
    await waitUntil(() => shadow(el).querySelector('[part=list]'), 'the list shows');
    expect(shadow(el).querySelector('[part=views]') === null, 'no view switch').to.equal(true);
  });

  it('uses the questions of a custom dataset', async () => {
    await import('../../src/pathway-data/define.js');
    const custom = {
      ...data,
      quiz: {
        questions: [
          {
            id: 'only',
            prompt: 'Just one question?',
            options: [
              {
                id: 'yes',
                label: 'Yes',
                weights: { 'freelance-consulting': 2 },
                reasons: { 'freelance-consulting': 'Custom reason.' },
              },
              { id: 'no', label: 'No', weights: {} },
            ],
          },
        ],
      },
    };
    const wrapper = await render<HTMLElement>(
      html`<pm-pathway-data .data=${custom}><pm-pathway-picker view="quiz"></pm-pathway-picker></pm-pathway-data>`,
    );
    const el = wrapper.querySelector('pm-pathway-picker')!;
    await waitUntil(() => shadow(el).querySelector('legend'), 'the custom question shows');
    expect(legend(el)).to.equal('Question 1 of 1 Just one question?');
    radios(el)[0]!.click();
    await settle(el);
    button(el, 'See my paths').click();
    await settle(el);
    expect(textOf(shadow(el).querySelector('.fit'))).to.contain('Custom reason.');
  });
});

describe('pm-pathway-picker results', () => {
  afterEach(() => localStorage.clear());

  it('shows the plan in the coach’s order: best fit and why, this week, steps, 90 days, signal, roles, artefact, resources, plan B, not now', async () => {
    const el = await openQuiz();
    // An engineer at a company with product managers: technical background first, the internal move as plan B.
    const persona = ['product-team', 'engineering', 'some', 'little', 'doing', 'team'];
    await answerAll(el, (i) => persona[i]!);
    const root = shadow(el);
    expect(root.querySelectorAll('.fit'), 'one best fit, never a tie').to.have.length(1);
    expect(textOf(root.querySelector('.fit h4'))).to.equal('Your best fit: Technical background');
    expect(textOf(root.querySelector('.fit .why'))).to.equal('Why “Technical background” fits you');
    expect(root.querySelectorAll('.fit .reasons li').length).to.be.within(1, 3);
    const card = root.querySelector('.plan-steps pm-pathway-card')!;
    expect(card.getAttribute('pathway')).to.equal('technical-background');
    expect(card.hasAttribute('checklist'), 'steps are a checklist').to.equal(true);
    const headings = [...root.querySelectorAll('.results h4')].map(textOf);
    expect(headings).to.deep.equal([
      'Your best fit: Technical background',
      'This week',
      'The next 90 days',
      'How you will know it is working',
      'Roles to search for',
      'Something to show',
      'Resources',
      'Plan B: Internal transition',
      'Other routes that fit you',
      'Not right now',
    ]);
    const order = [...root.querySelectorAll('.fit, .week, .plan-steps, .plan-b')].map((e) => e.className);
    expect(order).to.deep.equal(['fit', 'week', 'plan-steps', 'plan-b']);
    expect(textOf(root.querySelector('.week p'))).to.contain('product manager');
    expect([...root.querySelectorAll('.milestones li')].map((li) => textOf(li).split(':')[0])).to.deep.equal([
      'By day 30',
      'By day 60',
      'By day 90',
    ]);
    expect(textOf(root.querySelector('.roles'))).to.contain('Technical product manager');
    expect(root.querySelectorAll('.resources li').length).to.be.at.least(1);
    expect(textOf(root.querySelector('.resources'))).to.contain('(free)');
    const planB = root.querySelector('.plan-b')!;
    expect(textOf(planB.querySelector('.first'))).to.match(
      /^If you switch, start here: Book a conversation with your manager/,
    );
    expect(textOf(root.querySelector('.excluded'))).to.contain('It takes a year or more, longer than you want to wait');
    const notes = [...root.querySelectorAll('.note')].map(textOf);
    expect(
      notes.some((n) => n.startsWith('Whichever route you take, grow your network')),
      'networking alongside',
    ).to.equal(true);
    expect(
      notes.some((n) => n.includes('product sense')),
      'a pointer to interview preparation',
    ).to.equal(true);
    expect(textOf(root.querySelector('.credit'))).to.contain("are this project's own guidance");
    await expect(el).to.be.accessible();
  });

  it('lists under "Other routes" only routes that scored above 0, and gives a reader without money no paid resource', async () => {
    const el = await openQuiz();
    const answers = ['between-jobs', 'business', 'none', 'little', 'doing', 'either'];
    await answerAll(el, (i) => answers[i]!);
    const ranking = recommend(data, Object.fromEntries(questions.map((q, i) => [q.id, answers[i]!])));
    const listed = [...shadow(el).querySelectorAll('.others .pick')].map(textOf);
    const titles = (ids: string[]) => ids.map((id) => data.pathways.find((p) => p.id === id)!.title);
    const positive = ranking.filter((r) => !r.excluded.length && r.rank > 2 && r.score > 0).map((r) => r.pathway);
    expect(listed).to.deep.equal(titles(positive));
    expect(textOf(shadow(el).querySelector('.resources'))).not.to.contain('(paid)');
  });

  it('shows one best fit under "Your best fit", and the other fitting routes to open', async () => {
    const el = await openQuiz();
    const persona = ['self-employed', 'design', 'none', 'little', 'doing', 'self'];
    await answerAll(el, (i) => persona[i]!);
    expect(textOf(shadow(el).querySelector('.fit h4'))).to.equal('Your best fit: Freelance and consulting');
    expect(shadow(el).querySelectorAll('.fit')).to.have.length(1);
    const pick = shadow(el).querySelector<HTMLButtonElement>('.others .pick')!;
    expect(pick.getAttribute('aria-pressed')).to.equal('false');
    setTimeout(() => pick.click());
    const change = await oneEvent(el, 'pm-pathway-change');
    expect(change.detail.source).to.equal('quiz');
    await settle(el);
    const chosen = shadow(el).querySelector<HTMLButtonElement>('.others .pick[aria-pressed=true]')!;
    expect(
      textOf(chosen.parentElement!.querySelector('.chosen')),
      'chosen is said in words, not colour alone',
    ).to.equal('Its steps are shown below.');
    const card = shadow(el).querySelector('.opened-card pm-pathway-card')!;
    expect(card.getAttribute('pathway')).to.equal(change.detail.pathway);
    await waitUntil(
      () => card.shadowRoot!.activeElement?.getAttribute('part') === 'heading',
      'focus moves to the opened card',
    );
    await expect(el).to.be.accessible();
  });

  it('clamps heading levels below h6', async () => {
    const el = await openQuiz(html`<pm-pathway-picker view="quiz" heading-level="6"></pm-pathway-picker>`);
    await answerAll(el, (i) => questions[i]!.options[0]!.id);
    expect(shadow(el).querySelector('#results-heading')!.localName).to.equal('h6');
    const levels = [...shadow(el).querySelectorAll('.results section > :first-child')].map((h) => h.localName);
    expect(levels.length).to.be.at.least(8);
    expect(new Set(levels)).to.deep.equal(new Set(['h6']));
    const card = shadow(el).querySelector('.plan-steps pm-pathway-card')!;
    expect(card.getAttribute('heading-level')).to.equal('6');
  });

  it('places headings one level apart from heading-level 2', async () => {
    const el = await openQuiz(html`<pm-pathway-picker view="quiz" heading-level="2"></pm-pathway-picker>`);
    await answerAll(el, (i) => questions[i]!.options[0]!.id);
    expect(shadow(el).querySelector('#results-heading')!.localName).to.equal('h3');
    expect(shadow(el).querySelector('.fit > :first-child')!.localName).to.equal('h4');
    expect(shadow(el).querySelector('.plan-steps pm-pathway-card')!.getAttribute('heading-level')).to.equal('5');
  });

  it('announces the results again when the quiz is finished again with the same best fit', async () => {
    const el = await openQuiz();
    await answerAll(el, (i) => questions[i]!.options[1]!.id);
    const status = shadow(el).querySelector('[role=status]')!;
    const first = status.textContent;
    expect(textOf(status)).to.match(/^Your results are ready\. Best fit: /);
    button(el, 'Change answers').click();
    await settle(el);
    for (let i = 0; i < questions.length; i++) {
      shadow(el).querySelector<HTMLButtonElement>('.actions .primary')!.click();
      await settle(el);
    }
    expect(textOf(status)).to.match(/^Your results are ready\./);
    expect(status.textContent !== first, 'changed text, so screen readers speak it again').to.equal(true);
  });
});

describe('pm-pathway-picker focus and text spacing', () => {
  afterEach(() => localStorage.clear());

  it('shows a focus ring on a heading that receives focus', async () => {
    const el = await openQuiz();
    await answerAll(el, (i) => questions[i]!.options[0]!.id);
    const heading = shadow(el).querySelector<HTMLElement>('#results-heading')!;
    expect(shadow(el).activeElement).to.equal(heading);
    expect(getComputedStyle(heading).outlineStyle).to.equal('solid');
  });

  it('lets a reader’s letter and word spacing reach the text (WCAG 1.4.12)', async () => {
    const el = await render<PathwayPicker>(
      html`<pm-pathway-picker style="letter-spacing: 0.12em; word-spacing: 0.16em" value="formal-education"></pm-pathway-picker>`,
    );
    const option = shadow(el).querySelector<HTMLElement>('[role=option]')!;
    const size = parseFloat(getComputedStyle(option).fontSize);
    expect(parseFloat(getComputedStyle(option).letterSpacing)).to.be.closeTo(0.12 * size, 0.5);
    expect(parseFloat(getComputedStyle(option).wordSpacing)).to.be.closeTo(0.16 * size, 0.5);
  });
});
