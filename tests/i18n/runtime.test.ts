import { expect, html } from '@open-wc/testing';
import '../../src/pathway-card/define.js';
import '../../src/pathway-picker/define.js';
import '../../src/pathway-data/define.js';
import { pathways } from '../../src/generated/dataset.js';
import { locales } from '../../src/generated/locales/index.js';
import type { Dataset } from '../../src/data/types.js';
import type { PathwayCard } from '../../src/pathway-card/pathway-card.js';
import { captureWarnings, render, settle, shadow, textOf, until } from '../helpers.js';
import { shippedLangs, forgetQuiz } from './text.js';

const heading = (card: Element) => textOf(shadow(card).querySelector('[part=heading]'));
const titleIn = async (lang: string, i = 0) =>
  lang === 'en' ? pathways[i]!.title : (await locales[lang]!()).dataset.pathways[i]!.title;
const other = shippedLangs.find((l) => l !== 'ar') ?? shippedLangs[0]!;

describe('lang: inherited, negotiated, followed at run time', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    forgetQuiz();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('dir');
  });

  it('follows <html lang> when it changes, and back', async () => {
    const card = await render<PathwayCard>(html`<pm-pathway-card pathway="internal-transition"></pm-pathway-card>`);
    expect(heading(card)).to.equal(pathways[0]!.title);
    document.documentElement.lang = other;
    const translated = await titleIn(other);
    await until(() => heading(card) === translated, `switches to ${other}`);
    expect(shadow(card).querySelector('article')!.lang).to.equal(other);
    document.documentElement.lang = 'en';
    await until(() => heading(card) === pathways[0]!.title, 'back to English');
  });

  it('its own lang attribute or property wins over the page', async () => {
    document.documentElement.lang = other;
    const card = await render<PathwayCard>(
      html`<pm-pathway-card pathway="internal-transition" lang="en"></pm-pathway-card>`,
    );
    expect(heading(card)).to.equal(pathways[0]!.title);
    card.lang = other;
    await card.updateComplete;
    expect(card.getAttribute('lang'), 'the property reflects').to.equal(other);
    const expected = await titleIn(other);
    await until(() => heading(card) === expected, 'the property switches it');
  });

  it('inherits through shadow roots: the picker passes its language to the card it shows', async () => {
    const picker = await render<HTMLElement>(
      html`<pm-pathway-picker lang=${other} value="startup-experience"></pm-pathway-picker>`,
    );
    const expected = await titleIn(other, 2);
    await until(
      () =>
        !!shadow(picker).querySelector('pm-pathway-card') &&
        heading(shadow(picker).querySelector('pm-pathway-card')!) === expected,
      'card in the picker translated',
    );
    // A host element of the page's own with a shadow root: the closest lang is outside it.
    const host = document.createElement('div');
    host.lang = other;
    const card = document.createElement('pm-pathway-card');
    card.setAttribute('pathway', 'internal-transition');
    host.attachShadow({ mode: 'open' }).append(card);
    document.body.append(host);
    const first = await titleIn(other);
    await until(() => heading(card) === first, 'card in a foreign shadow root translated');
    host.remove();
  });

  it('negotiates: a regional tag gets its language, an unknown one English, quietly', async () => {
    const errors: Event[] = [];
    document.addEventListener('pm-error', (e) => errors.push(e));
    const root = await render<HTMLElement>(html`<div>
      <pm-pathway-card lang=${`${other}-XX`} pathway="internal-transition"></pm-pathway-card>
      <pm-pathway-card lang="zz-Unknown" pathway="internal-transition"></pm-pathway-card>
      <pm-pathway-card lang="" pathway="internal-transition"></pm-pathway-card>
    </div>`);
    const [regional, unknown, empty] = [...root.querySelectorAll('pm-pathway-card')];
    const expected = await titleIn(other);
    await until(() => heading(regional!) === expected, `${other}-XX → ${other}`);
    expect(heading(unknown!)).to.equal(pathways[0]!.title);
    expect(heading(empty!)).to.equal(pathways[0]!.title);
    expect(warnings.calls, 'no warning').to.deep.equal([]);
    expect(errors, 'no pm-error').to.deep.equal([]);
  });

  if (shippedLangs.includes('pt-BR')) {
    it('pt and pt-PT get Brazilian Portuguese', async () => {
      const root = await render<HTMLElement>(
        html`<div><pm-pathway-card lang="pt" pathway="formal-education"></pm-pathway-card><pm-pathway-card lang="pt-PT" pathway="formal-education"></pm-pathway-card></div>`,
      );
      const expected = await titleIn('pt-BR', 1);
      for (const card of root.querySelectorAll('pm-pathway-card'))
        await until(() => heading(card) === expected, card.lang);
    });
  }

  it('keeps showing the previous language, whole, until the next has loaded', async () => {
    // Each render of the card either is all English or all translated: record every render.
    const card = await render<PathwayCard>(
      html`<pm-pathway-card pathway="networking-mentorship" variant="compact"></pm-pathway-card>`,
    );
    const english = [pathways[5]!.title, pathways[5]!.summary];
    const fresh = shippedLangs.find((l) => l !== other) ?? other;
    const translated = (await locales[fresh]!()).dataset.pathways[5]!;
    const seen: string[][] = [];
    const record = () => seen.push([heading(card), textOf(shadow(card).querySelector('[part=summary]'))]);
    const observer = new MutationObserver(record);
    observer.observe(shadow(card), { subtree: true, characterData: true, childList: true });
    card.lang = fresh;
    await card.updateComplete;
    record();
    await until(() => heading(card) === translated.title, 'translated');
    await settle(card);
    record();
    observer.disconnect();
    for (const [title, summary] of seen) {
      const allEnglish = title === english[0] && summary === english[1];
      const allTranslated = title === translated.title && summary === translated.summary;
      expect(allEnglish || allTranslated, `${title} / ${summary}`).to.be.true;
    }
    expect(seen[0], 'English right after the change').to.deep.equal(english);
  });

  it('a <pm-pathway-data> dataset wins over the shipped translation, and its lang marks the root', async () => {
    const data: Dataset = {
      version: 1,
      lang: 'he',
      pathways: [
        { id: 'internal-transition', title: 'מעבר פנימי', summary: 'ס.', steps: [{ title: 'צעד', body: 'גוף.' }] },
      ],
    };
    const root = await render<HTMLElement>(
      html`<div lang=${other}><pm-pathway-data .data=${data}><pm-pathway-card pathway="internal-transition"></pm-pathway-card></pm-pathway-data></div>`,
    );
    const card = root.querySelector('pm-pathway-card')!;
    await until(() => heading(card) === 'מעבר פנימי', 'the custom data shown');
    const article = shadow(card).querySelector('article')!;
    expect(article.lang).to.equal('he');
    expect(article.dir).to.equal('rtl');
  });

  it('uses one MutationObserver for all elements, however many', async () => {
    const original = window.MutationObserver;
    let created = 0;
    window.MutationObserver = class extends original {
      constructor(cb: MutationCallback) {
        super(cb);
        created++;
      }
    };
    try {
      // The fixtures of earlier tests are gone, so the shared observer was released: exactly one is made anew.
      const root = await render<HTMLElement>(
        html`<div>${pathways.map((p) => html`<pm-pathway-card pathway=${p.id}></pm-pathway-card><pm-pathway-picker></pm-pathway-picker>`)}</div>`,
      );
      expect(created).to.equal(1);
      root.remove();
    } finally {
      window.MutationObserver = original;
    }
  });
});
