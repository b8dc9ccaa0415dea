import { expect, html } from '@open-wc/testing';
import '../../src/pathway-card/define.js';
import '../../src/pathway-picker/define.js';
import '../../src/pathway-data/define.js';
import { pathways } from '../../src/generated/dataset.js';
import { render, settle, shadow, until } from '../helpers.js';
import { shippedLangs, forgetQuiz } from './text.js';

// This file runs in a page of its own, so no language has been loaded before it.
const localeRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/generated\/locales\/(?!index\.)[^/?]+\.(js|ts)/.test(name));
// Room for every module the page loads: a full buffer would drop the entries counted here.
performance.setResourceTimingBufferSize(100000);
const shownLang = (el: Element) => shadow(el).querySelector('[lang]')?.getAttribute('lang');

describe('loading languages: what is requested', () => {
  beforeEach(forgetQuiz);
  it('English requests nothing', async () => {
    const root = await render<HTMLElement>(html`<div lang="en">
      ${pathways.map((p) => html`<pm-pathway-card pathway=${p.id}></pm-pathway-card>`)}
      <pm-pathway-picker></pm-pathway-picker><pm-pathway-picker view="quiz"></pm-pathway-picker>
    </div>`);
    await settle(root);
    expect(localeRequests()).to.deep.equal([]);
  });

  it('one request per other language, however many elements show it', async () => {
    const root = await render<HTMLElement>(html`<div>
      ${shippedLangs.map(
        (lang) => html`<section lang=${lang}>
        ${pathways.map((p) => html`<pm-pathway-card pathway=${p.id}></pm-pathway-card>`)}
        <pm-pathway-picker value="formal-education"></pm-pathway-picker>
        <pm-pathway-card lang=${lang} pathway="formal-education" variant="compact"></pm-pathway-card>
      </section>`,
      )}
    </div>`);
    const elements = [...root.querySelectorAll('pm-pathway-card, pm-pathway-picker')];
    await until(
      () => elements.every((el) => shownLang(el) === el.closest('[lang]')!.getAttribute('lang')),
      'every element translated',
    );
    const requests = localeRequests();
    for (const lang of shippedLangs) {
      expect(
        requests.filter((name) => name.includes(`/locales/${lang}.`)),
        lang,
      ).to.have.length(1);
    }
    expect(requests).to.have.length(shippedLangs.length);
  });

  it('a language loaded once serves elements added later, and a regional tag, without asking again', async () => {
    const before = localeRequests().length;
    const lang = shippedLangs[0]!;
    const root = await render<HTMLElement>(
      html`<div lang=${`${lang}-XX`}><pm-pathway-card pathway="internal-transition"></pm-pathway-card></div>`,
    );
    await until(() => shownLang(root.querySelector('pm-pathway-card')!) === lang, 'translated at once from the cache');
    expect(localeRequests()).to.have.length(before);
  });

  it('custom data from <pm-pathway-data> asks for no shipped language', async () => {
    const before = localeRequests().length;
    const data = {
      version: 1,
      lang: 'it',
      pathways: [{ id: 'x', title: 'Titolo', summary: 'S.', steps: [{ title: 'T', body: 'B.' }] }],
    };
    document.documentElement.lang = 'it';
    try {
      const root = await render<HTMLElement>(
        html`<pm-pathway-data .data=${data}><pm-pathway-card pathway="x"></pm-pathway-card></pm-pathway-data>`,
      );
      await until(() => shownLang(root.querySelector('pm-pathway-card')!) === 'it', 'the custom data shown');
      expect(localeRequests()).to.have.length(before);
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });
});
