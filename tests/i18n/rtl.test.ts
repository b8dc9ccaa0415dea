import { expect, html } from '@open-wc/testing';
import '../../src/pathway-card/define.js';
import '../../src/pathway-picker/define.js';
import { render, settle, shadow, until } from '../helpers.js';
import { shippedLangs, visibleTexts, forgetQuiz } from './text.js';

const box = (el: Element | null | undefined) => el!.getBoundingClientRect();
const rtlLang = shippedLangs.includes('ar') ? 'ar' : undefined;

/** Renders in a page section with the given lang/dir, waiting for the translation to be shown. */
async function section(attrs: { lang?: string; dir?: string }, template: ReturnType<typeof html>) {
  const root = await render<HTMLElement>(
    html`<div lang=${attrs.lang ?? 'en'} dir=${attrs.dir ?? 'ltr'} style="width: 40rem">${template}</div>`,
  );
  const lang = attrs.lang ?? 'en';
  await until(
    () =>
      [...root.querySelectorAll('pm-pathway-card, pm-pathway-picker')].every(
        (el) => shadow(el).querySelector('[lang]')?.getAttribute('lang') === lang,
      ),
    `${lang} shown`,
  );
  await settle(root);
  return root;
}

/** Where the step marker (number or checkbox) sits against the step's title: 'right' or 'left'. */
function markerSide(card: Element): 'left' | 'right' {
  const step = shadow(card).querySelector('[part=step]')!;
  const title = box(step.querySelector('[part=step-title]'));
  const input = step.querySelector('input');
  if (input) return box(input).left >= title.right - 1 ? 'right' : 'left';
  // The number is the step's ::before: the title leaves its room on one side of the step.
  const li = box(step);
  return li.right - title.right > title.left - li.left ? 'right' : 'left';
}

const cases = [
  ...(rtlLang ? [{ name: `lang="${rtlLang}"`, attrs: { lang: rtlLang, dir: 'rtl' }, rtl: true }] : []),
  ...(rtlLang
    ? [{ name: `lang="${rtlLang}" without a dir on the page`, attrs: { lang: rtlLang, dir: '' }, rtl: true }]
    : []),
  { name: 'dir="rtl" on an English page', attrs: { lang: 'en', dir: 'rtl' }, rtl: true },
  { name: 'English, left to right', attrs: { lang: 'en', dir: 'ltr' }, rtl: false },
];

describe('right to left: mirrored layout', () => {
  beforeEach(forgetQuiz);
  for (const { name, attrs, rtl } of cases) {
    const marker = rtl ? 'right' : 'left';
    describe(name, () => {
      it(`the card's root says dir="${rtl ? 'rtl' : 'ltr'}", and its step numbers sit on the ${marker}`, async () => {
        const root = await section(attrs, html`<pm-pathway-card pathway="startup-experience"></pm-pathway-card>`);
        const card = root.querySelector('pm-pathway-card')!;
        const article = shadow(card).querySelector('article')!;
        expect(article.dir).to.equal(rtl ? 'rtl' : 'ltr');
        expect(getComputedStyle(article).direction).to.equal(rtl ? 'rtl' : 'ltr');
        expect(markerSide(card)).to.equal(marker);
        // The title starts on the reading side: flush with the card's start edge.
        const heading = box(shadow(card).querySelector('[part=heading]'));
        const summary = box(shadow(card).querySelector('[part=summary]'));
        if (rtl) expect(Math.abs(heading.right - summary.right)).to.be.below(2);
        else expect(Math.abs(heading.left - summary.left)).to.be.below(2);
      });

      it(`checklist boxes sit on the ${marker} of their labels`, async () => {
        const root = await section(
          attrs,
          html`<pm-pathway-card pathway="internal-transition" checklist></pm-pathway-card>`,
        );
        expect(markerSide(root.querySelector('pm-pathway-card')!)).to.equal(marker);
      });

      it(`the picker's numbers sit on the ${marker} of the pathway names, and the card on the ${rtl ? 'left' : 'right'} of the list`, async () => {
        const root = await section(
          attrs,
          html`<pm-pathway-picker value="formal-education" style="width: 60rem"></pm-pathway-picker>`,
        );
        const picker = root.querySelector('pm-pathway-picker')!;
        const option = shadow(picker).querySelector('[part=option]')!;
        const [number, title] = [...option.querySelectorAll('span')];
        expect(box(number).left > box(title).left ? 'right' : 'left').to.equal(marker);
        const list = box(shadow(picker).querySelector('[part=list]'));
        const card = shadow(picker).querySelector('pm-pathway-card')!;
        expect(box(card).left > list.left ? 'right' : 'left').to.equal(rtl ? 'left' : 'right');
        expect(markerSide(card), 'the card in the picker').to.equal(marker);
        expect(visibleTexts(picker).length).to.be.greaterThan(10);
      });
    });
  }
});
