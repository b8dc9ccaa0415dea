// Pages server-rendered by pm-pathways/ssr.js (tests/ssr/render-pages.mjs),
// loaded in an iframe with the script-tag build: every element hydrates its
// server DOM in place (the same nodes, one copy) and works, in every engine.
import { expect } from '@open-wc/testing';
import { expectSameNodes, firstNodes, hydrated, open, serverHtml, text, type Lit } from './helpers.js';

const chunkRequests = (win: Window) =>
  win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/chunks/support'));

describe('server-rendered page plus the script tag', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('hydrates every element in place: one copy, the same nodes, no console noise', async () => {
    const { win, doc, log, byId, serverNodes } = await open('hydrate.html');
    await hydrated(doc, log);
    expectSameNodes(serverNodes);
    const picker = byId('picker').shadowRoot!;
    expect(picker.querySelectorAll('[role=option]').length).to.equal(7);
    expect(picker.querySelectorAll('pm-pathway-card').length).to.equal(1);
    expect(byId('card').shadowRoot!.querySelectorAll('h3').length).to.equal(1);
    expect(text(byId('inline').shadowRoot!.querySelector('h3'))).to.equal('Side project');
    expect(text(byId('fetched').shadowRoot!.querySelector('h3'))).to.equal('Side project');
    expect(chunkRequests(win).length, 'the hydration support, fetched once').to.equal(1);
    expect(log).to.deep.equal([]);
  });

  it('the hydrated elements work: disclosure, checklist, picker', async () => {
    const { doc, byId, log } = await open('hydrate.html');
    await hydrated(doc, log);
    const card = byId('card').shadowRoot!;
    card.querySelector('button')!.click();
    await byId('card').updateComplete;
    expect(card.querySelector<HTMLElement>('[part=steps]')!.hidden).to.be.false;

    const checklist = byId('checklist');
    checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await checklist.updateComplete;
    expect(text(checklist.shadowRoot!.querySelector('.progress'))).to.match(/1\D+3/);

    const picker = byId('picker');
    picker.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')[4]!.click();
    await picker.updateComplete;
    const inner = picker.shadowRoot!.querySelector('pm-pathway-card') as Lit;
    await inner.updateComplete;
    expect(text(inner.shadowRoot!.querySelector('h3'))).to.equal('Technical background');
    expect(log).to.deep.equal([]);
  });

  it('applies checklist progress saved in the browser as the card hydrates', async () => {
    const key = 'pm-pathways:progress:technical-background';
    localStorage.setItem(key, JSON.stringify([true, false, false]));
    try {
      const { doc, win, byId, log, serverNodes: before } = await open('hydrate.html');
      await hydrated(doc, log);
      // Only the browser knows the progress: that card is drawn anew (one copy, styled), the others keep their nodes.
      before.delete(byId('checklist'));
      expectSameNodes(before);
      const checklist = byId('checklist').shadowRoot!;
      expect(checklist.querySelectorAll('article').length).to.equal(1);
      expect(win.getComputedStyle(checklist.querySelector('article')!).borderTopLeftRadius).to.equal('12px');
      expect(
        [...checklist.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((box) => box.checked),
      ).to.deep.equal([true, false, false]);
      expect(text(checklist.querySelector('.progress'))).to.match(/1\D+3/);
      expect(log).to.deep.equal([]);
    } finally {
      localStorage.removeItem(key);
    }
  });

  it('a page without server rendering never fetches the hydration support', async () => {
    const { win, doc, byId, log } = await open('plain.html');
    await hydrated(doc, log);
    expect(text(byId('card').shadowRoot!.querySelector('h3'))).to.equal('Formal education');
    expect(chunkRequests(win)).to.deep.equal([]);
    expect(log).to.deep.equal([]);
  });

  it('draws server HTML inserted into a page that had none once afresh, with one warning', async () => {
    const { win, doc, log } = await open('plain.html');
    await hydrated(doc, log);
    const later = doc.createElement('div');
    later.setHTMLUnsafe(await serverHtml());
    doc.body.append(later);
    await hydrated(later, log);
    expect(later.querySelector('#picker')!.shadowRoot!.querySelectorAll('[role=option]').length).to.equal(7);
    expect(later.querySelector('#card')!.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    expect(log.filter((line) => line.startsWith('pm-pathways:')).length).to.equal(1);
    expect(chunkRequests(win)).to.deep.equal([]);
  });

  it('without dist/chunks/ beside the script, draws the elements once afresh and says what to copy', async () => {
    const { doc, log, byId } = await open('alone.html');
    await hydrated(doc, log);
    expect(byId('picker').shadowRoot!.querySelectorAll('[role=option]').length).to.equal(7);
    expect(byId('card').shadowRoot!.querySelectorAll('article').length).to.equal(1);
    const warnings = log.filter((line) => line.startsWith('pm-pathways:'));
    expect(warnings.length, warnings.join('\n')).to.equal(1);
    expect(warnings[0]).to.contain('Copy the whole dist/ folder').and.not.contain('hydrate.js');
  });

  it('hydrates when the script arrives late, and server HTML inserted after it', async () => {
    const { win, doc, log } = await open('late.html');
    const before = firstNodes(doc);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/pm-pathways.js';
    doc.body.append(script);
    await hydrated(doc, log);
    expectSameNodes(before);

    const fragment = await serverHtml();
    const later = doc.createElement('div');
    // New ids for the elements only: the ids inside their shadow roots are part of what hydration compares.
    later.setHTMLUnsafe(fragment.replace(/(<pm-[\w-]+\s+id=")/g, '$1later-'));
    doc.body.append(later);
    const after = new Map([...firstNodes(doc)].filter(([el]) => !before.has(el)));
    await hydrated(doc, log);
    expectSameNodes(after);
    expect(doc.getElementById('later-picker')!.shadowRoot!.querySelectorAll('[role=option]').length).to.equal(7);
    expect(chunkRequests(win).length).to.equal(1);
    expect(log).to.deep.equal([]);
  });
});
