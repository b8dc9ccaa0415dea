import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/pathway-picker/define.js';
import type { PathwayPicker } from '../../src/pathway-picker/pathway-picker.js';
import { render, settle, shadow, until } from '../helpers.js';
import { forgetQuiz, shippedLangs } from './text.js';

// ← and → follow the reading direction: right to left, → goes back (to the
// previous item) and ← goes on, in the browse list and in the quiz's answers.
const rtlLang = shippedLangs.includes('ar') ? 'ar' : 'en';
const cases = [
  { name: `lang="${rtlLang}" dir="rtl" on the page`, page: { lang: rtlLang, dir: 'rtl' }, own: '', rtl: true },
  {
    name: `lang="${rtlLang}" on the element alone`,
    page: { lang: 'en', dir: '' },
    own: rtlLang,
    rtl: rtlLang === 'ar',
  },
  { name: 'English, left to right', page: { lang: 'en', dir: 'ltr' }, own: '', rtl: false },
];

async function picker(page: { lang: string; dir: string }, own: string, view: 'browse' | 'quiz') {
  const root = await render<HTMLElement>(
    html`<div lang=${page.lang} dir=${page.dir || 'auto'}>
      <pm-pathway-picker lang=${own || page.lang} view=${view}></pm-pathway-picker>
    </div>`,
  );
  const el = root.querySelector<PathwayPicker>('pm-pathway-picker')!;
  const lang = own || page.lang;
  const ready = view === 'quiz' ? 'input[type=radio]' : '[role=option]';
  await until(() => shadow(el).querySelector(`[lang="${lang}"] ${ready}`) !== null, `${lang} shown`, el);
  return el;
}

/** Index of the focused item among `selector`'s matches in the picker, or -1. */
const focusedIndex = (el: PathwayPicker, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].indexOf(shadow(el).activeElement as Element);

async function press(el: PathwayPicker, key: string) {
  await sendKeys({ press: key });
  await settle(el);
}

describe('arrow keys follow the reading direction', () => {
  beforeEach(forgetQuiz);
  for (const { name, page, own, rtl } of cases) {
    const [back, on] = rtl ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
    describe(name, () => {
      it(`in the browse list, ${on} moves to the next pathway and ${back} to the previous one`, async () => {
        const el = await picker(page, own, 'browse');
        shadow(el).querySelector<HTMLElement>('[role=option]')!.focus();
        await press(el, 'ArrowDown');
        await press(el, 'ArrowDown');
        expect(focusedIndex(el, '[role=option]')).to.equal(2);
        await press(el, on);
        expect(focusedIndex(el, '[role=option]'), on).to.equal(3);
        await press(el, back);
        await press(el, back);
        expect(focusedIndex(el, '[role=option]'), back).to.equal(1);
      });

      it(`in a quiz question, ${on} checks the next answer and ${back} the previous one`, async () => {
        const el = await picker(page, own, 'quiz');
        const radios = () => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
        const checked = () => radios().findIndex((r) => r.checked);
        radios()[0]!.focus();
        await press(el, 'ArrowDown'); // the first arrow checks the next answer in every engine
        expect(checked()).to.equal(1);
        await press(el, on);
        expect([checked(), focusedIndex(el, 'input[type=radio]')], on).to.deep.equal([2, 2]);
        await press(el, back);
        await press(el, back);
        expect([checked(), focusedIndex(el, 'input[type=radio]')], back).to.deep.equal([0, 0]);
      });
    });
  }
});
