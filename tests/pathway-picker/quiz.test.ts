import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/pathway-picker/define.js';
import type { PathwayPicker } from '../../src/pathway-picker/pathway-picker.js';
import { recommend } from '../../src/quiz/recommend.js';
import { bundledDatasetWithQuiz } from '../../src/data/bundled-quiz.js';
import { render, settle, shadow, textOf } from '../helpers.js';

const radios = (el: PathwayPicker) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
const focused = (el: PathwayPicker) => shadow(el).activeElement as HTMLElement | null;
const press = async (el: PathwayPicker, key: string) => { await sendKeys({ press: key }); await settle(el); };
const buttonNamed = (el: PathwayPicker, name: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => textOf(b) === name)!;
const questionCount = bundledDatasetWithQuiz.quiz!.questions.length;

describe('pm-pathway-picker quiz', () => {
  it('asks one question at a time, as a labelled radio group', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker view="quiz"></pm-pathway-picker>`);
    const question = shadow(el).querySelector('fieldset[part=question]')!;
    expect(textOf(question.querySelector('legend'))).to.equal(`Question 1 of ${questionCount} Does the place you work have product managers?`);
    expect(radios(el)).to.have.length(3);
    expect(buttonNamed(el, 'Next').disabled, 'Next waits for an answer').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('can be finished, changed and restarted by keyboard alone', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker view="quiz"></pm-pathway-picker>`);
    const picks: string[] = [];
    radios(el)[0]!.focus();
    for (let i = 0; i < questionCount; i++) {
      expect(focused(el)?.getAttribute('type'), `question ${i + 1} has focus`).to.equal('radio');
      await press(el, ' ');
      await press(el, 'ArrowDown'); // a native radio group: arrows move and check
      picks.push(radios(el).find((r) => r.checked)!.value);
      if (i < questionCount - 1) await press(el, 'Enter');
    }
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const complete = await oneEvent(el, 'pm-quiz-complete');
    await settle(el);
    const questions = bundledDatasetWithQuiz.quiz!.questions;
    const answers = Object.fromEntries(questions.map((q, i) => [q.id, picks[i]!]));
    expect(complete.detail.answers).to.deep.equal(answers);
    expect(complete.detail.ranking).to.deep.equal(recommend(bundledDatasetWithQuiz, answers));

    expect(focused(el)?.id, 'focus moves to the results heading').to.equal('results-heading');
    const results = shadow(el).querySelectorAll('[part=result]');
    expect(results).to.have.length(7);
    expect(shadow(el).querySelectorAll('.results [part=result]')).to.have.length(3);
    const best = bundledDatasetWithQuiz.pathways.find((p) => p.id === complete.detail.ranking[0]!.pathway)!;
    expect(textOf(results[0]!.querySelector('button'))).to.equal(`1. ${best.title}`);
    expect(textOf(results[0]!.querySelector('.reasons'))).to.contain(complete.detail.ranking[0]!.reasons[0]!);
    expect(textOf(shadow(el).querySelector('[role=status]'))).to.equal(`Your results are ready. Best fit: ${best.title}.`);

    // Choose the second result: its card appears and takes focus.
    await press(el, 'Tab');
    await press(el, 'Tab');
    expect(textOf(focused(el))).to.contain('2. ');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const change = await oneEvent(el, 'pm-pathway-change');
    expect(change.detail).to.deep.equal({ pathway: complete.detail.ranking[1]!.pathway, source: 'quiz' });
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    const card = shadow(el).querySelector('pm-pathway-card')!;
    expect(card.pathway).to.equal(complete.detail.ranking[1]!.pathway);
    expect(card.shadowRoot!.activeElement?.getAttribute('part'), 'focus moves to the card heading').to.equal('heading');

    // Change answers keeps them; Start over clears them.
    buttonNamed(el, 'Change answers').focus();
    await press(el, 'Enter');
    expect(textOf(shadow(el).querySelector('legend'))).to.contain('Question 1 of');
    expect(radios(el).find((r) => r.checked)!.value).to.equal(picks[0]);
    expect(focused(el)).to.equal(radios(el).find((r) => r.checked));
    await press(el, 'Enter'); // still answered, so Enter moves on
    expect(textOf(shadow(el).querySelector('legend'))).to.contain('Question 2 of');
    for (let i = 1; i < questionCount; i++) await press(el, 'Enter');
    expect(shadow(el).querySelector('#results-heading')).to.exist;
    buttonNamed(el, 'Start over').focus();
    await press(el, 'Enter');
    expect(textOf(shadow(el).querySelector('legend'))).to.contain('Question 1 of');
    expect(radios(el).some((r) => r.checked)).to.be.false;
  });

  it('Back returns to the previous question with its answer', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker view="quiz"></pm-pathway-picker>`);
    radios(el)[2]!.click();
    await settle(el);
    buttonNamed(el, 'Next').click();
    await settle(el);
    buttonNamed(el, 'Back').click();
    await settle(el);
    expect(radios(el)[2]!.checked).to.be.true;
  });

  it('offers browse only when the dataset has no quiz', async () => {
    const { quiz: _quiz, ...noQuiz } = bundledDatasetWithQuiz;
    const wrapper = await render<HTMLElement>(html`<pm-pathway-data .data=${noQuiz}><pm-pathway-picker view="quiz"></pm-pathway-picker></pm-pathway-data>`);
    await import('../../src/pathway-data/define.js');
    const el = wrapper.querySelector('pm-pathway-picker')!;
    await settle(wrapper);
    expect(shadow(el).querySelector('[part=views]')).to.be.null;
    expect(shadow(el).querySelector('[part=list]')).to.exist;
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe on the results and the chosen card in ${theme}`, async () => {
      const el = await render<PathwayPicker>(html`<pm-pathway-picker view="quiz" theme=${theme}></pm-pathway-picker>`);
      for (let i = 0; i < questionCount; i++) {
        radios(el)[0]!.click();
        await settle(el);
        shadow(el).querySelector<HTMLButtonElement>('.actions .primary')!.click();
        await settle(el);
      }
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('.results button')!.click();
      await settle(el);
      await expect(el).to.be.accessible();
    });
  }
});
