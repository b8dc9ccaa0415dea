import { expect } from '@open-wc/testing';
import { settle, shadow, until } from '../helpers.js';

// The script-tag build, as a blogger uses it: languages come from dist/chunks/, beside the script.
const chunkRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/dist\/chunks\/(es|fr|de|pt-BR|ar)-[^/]+\.js/.test(name));
// Room for every module the page loads: a full buffer would drop the entries counted here.
performance.setResourceTimingBufferSize(100000);

describe('the script-tag bundle and languages', () => {
  before(async () => {
    await import(/* @vite-ignore */ new URL('../../dist/pm-pathways.js', import.meta.url).href);
  });

  it('English: no language chunk is requested', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div id="en">${'<pm-pathway-card pathway="internal-transition"></pm-pathway-card>'.repeat(5)}<pm-pathway-picker></pm-pathway-picker></div>`,
    );
    const root = document.getElementById('en')!;
    await settle(root);
    expect(shadow(root.querySelector('pm-pathway-card')!).querySelector('article')!.lang).to.equal('en');
    expect(chunkRequests()).to.deep.equal([]);
    root.remove();
  });

  it('each other language: exactly one chunk from beside the script, for every element', async () => {
    const langs = ['es', 'fr', 'de', 'pt-BR', 'ar'];
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div id="all">${langs
        .map(
          (lang) =>
            `<section lang="${lang}">${'<pm-pathway-card pathway="startup-experience"></pm-pathway-card>'.repeat(4)}<pm-pathway-picker value="formal-education"></pm-pathway-picker></section>`,
        )
        .join('')}</div>`,
    );
    const root = document.getElementById('all')!;
    const elements = [...root.querySelectorAll('pm-pathway-card, pm-pathway-picker')];
    await until(
      () =>
        elements.every(
          (el) =>
            shadow(el).querySelector('[lang]')?.getAttribute('lang') === el.closest('[lang]')!.getAttribute('lang'),
        ),
      'all translated',
    );
    const requests = chunkRequests();
    for (const lang of langs)
      expect(
        requests.filter((name) => name.includes(`/chunks/${lang}-`)),
        lang,
      ).to.have.length(1);
    expect(requests).to.have.length(langs.length);
    const origin = new URL('../../dist/', import.meta.url).href;
    for (const name of requests) expect(name.startsWith(origin), `${name} is beside the script`).to.be.true;
    root.remove();
  });
});
