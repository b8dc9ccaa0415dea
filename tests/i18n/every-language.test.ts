import { expect, html } from '@open-wc/testing';
import '../../src/pathway-data/define.js';
import '../../src/pathway-card/define.js';
import '../../src/pathway-picker/define.js';
import { pathways } from '../../src/generated/dataset.js';
import { locales } from '../../src/generated/locales/index.js';
import type { PathwayPicker } from '../../src/pathway-picker/pathway-picker.js';
import { captureWarnings, render, settle, shadow, until } from '../helpers.js';
import { englishLeft, shippedLangs, visibleTexts, forgetQuiz } from './text.js';

/** Renders a template inside a lang wrapper and waits until its translation has arrived. */
async function inLang(lang: string, template: ReturnType<typeof html>, expected: string) {
  const root = await render<HTMLElement>(html`<div lang=${lang}>${template}</div>`);
  await until(() => visibleTexts(root).some((t) => t.includes(expected)), `${lang} text "${expected}" shows`);
  await settle(root);
  return root;
}

describe('every shipped language, every element: no English left', () => {
  it('the check finds English where it is: titles, labels filled in, the credit and its date', async () => {
    const root = await render<HTMLElement>(
      html`<div lang="en"><pm-pathway-card pathway="formal-education" variant="compact" expanded checklist credit></pm-pathway-card></div>`,
    );
    const left = englishLeft(root);
    expect(left).to.include(pathways[1]!.title);
    expect(
      left.some((t) => /^0 of 3 steps done$/.test(t)),
      'a filled-in label',
    ).to.be.true;
    expect(
      left.some(
        (t) =>
          t.startsWith('Based on') &&
          t.includes(
            new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
              new Date('2024-05-19T00:00:00Z'),
            ),
          ),
      ),
      'the credit',
    ).to.be.true;
  });

  it('ships the five translations (or a fixture while they are written)', () => {
    expect(shippedLangs.length).to.be.greaterThan(0);
  });

  for (const lang of shippedLangs) {
    describe(lang, () => {
      let translated: Awaited<ReturnType<(typeof locales)[string]>>['dataset'];
      let warnings: ReturnType<typeof captureWarnings>;
      before(async () => {
        translated = (await locales[lang]!()).dataset;
      });
      beforeEach(() => {
        forgetQuiz();
        warnings = captureWarnings();
      });
      afterEach(() => warnings.restore());

      it('cards: full, compact, checklist with the credit, for every pathway', async () => {
        for (const [i, pathway] of pathways.entries()) {
          const title = translated.pathways[i]!.title;
          const root = await inLang(
            lang,
            html`
            <pm-pathway-card pathway=${pathway.id}></pm-pathway-card>
            <pm-pathway-card pathway=${pathway.id} variant="compact"></pm-pathway-card>
            <pm-pathway-card pathway=${pathway.id} variant="compact" expanded checklist credit></pm-pathway-card>`,
            title,
          );
          expect(englishLeft(root), `${lang} ${pathway.id}`).to.deep.equal([]);
          const article = shadow(root.querySelector('pm-pathway-card')!).querySelector('article')!;
          expect(article.getAttribute('lang')).to.equal(lang);
        }
      });

      it('a card with an unknown pathway: the notice', async () => {
        const root = await inLang(
          lang,
          html`<pm-pathway-card pathway="nope"></pm-pathway-card><pm-pathway-card></pm-pathway-card>`,
          'nope',
        );
        expect(englishLeft(root)).to.deep.equal([]);
        expect(warnings.calls).to.have.length(2);
      });

      it('the picker: browse with a choice, the quiz questions and the results', async () => {
        const root = await inLang(
          lang,
          html`<pm-pathway-picker value="startup-experience"></pm-pathway-picker>`,
          translated.pathways[2]!.title,
        );
        const picker = root.querySelector<PathwayPicker>('pm-pathway-picker')!;
        expect(englishLeft(root), 'browse').to.deep.equal([]);
        picker.view = 'quiz';
        await settle(root);
        for (const question of translated.quiz!.questions) {
          await until(
            () => visibleTexts(root).includes(question.prompt.replace(/\s+/g, ' ').trim()),
            `question ${question.id} in ${visibleTexts(root).join(' | ')}`,
          );
          expect(englishLeft(root), `question ${question.id}`).to.deep.equal([]);
          shadow(picker).querySelector<HTMLInputElement>('[part=question] input[type=radio]')!.click();
          await settle(root);
          shadow(picker).querySelector<HTMLButtonElement>('[part=quiz] button.primary')!.click();
          await settle(root);
        }
        await until(() => !!shadow(picker).querySelector('[part=result]'), 'results');
        shadow(picker).querySelector<HTMLButtonElement>('[part=result] button')!.click();
        await settle(root);
        expect(englishLeft(root), 'results').to.deep.equal([]);
      });

      it('the data provider: its notices', async () => {
        const root = await render<HTMLElement>(html`<div lang=${lang}>
          <pm-pathway-data src="/__status/404"></pm-pathway-data>
          <pm-pathway-data .data=${{ version: 1, pathways: [{ id: 'Bad Id', title: '', summary: 's', steps: [] }] }}></pm-pathway-data>
        </div>`);
        const [failed, invalid] = [...root.querySelectorAll('pm-pathway-data')];
        await until(
          () => !!shadow(failed!).querySelector('[part=error]') && !!shadow(invalid!).querySelector('[part=error]'),
          'notices',
        );
        await settle(root);
        expect(englishLeft(root)).to.deep.equal([]);
        expect(visibleTexts(root).join(' ')).to.match(/404/);
        expect(warnings.calls, 'one warning each, in the language').to.have.length(2);
      });
    });
  }
});
