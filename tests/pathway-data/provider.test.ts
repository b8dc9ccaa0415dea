import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/pathway-data/define.js';
import '../../src/pathway-picker/define.js';
import type { PathwayData } from '../../src/pathway-data/pathway-data.js';
import type { Dataset } from '../../src/data/types.js';
import { captureWarnings, expectNull, render, settle, shadow, stubFetch, textOf, until } from '../helpers.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const dataset = (title: string): Dataset => ({
  version: 1,
  pathways: [{ id: 'formal-education', title, summary: 'S.', steps: [{ title: 'T', body: 'B.' }] }],
});
const cardTitle = (root: Element) =>
  textOf(shadow(root.querySelector('pm-pathway-card')!).querySelector('[part=heading]'));
/** The text of a fixture file, to answer a stubbed fetch with. */
const body = async (name: string) => (await fetch(fixture(name))).text();

describe('pm-pathway-data', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let restoreFetch = () => {};
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    restoreFetch();
    restoreFetch = () => {};
  });
  /** Holds every fetch of this test until it is answered; undone in afterEach. */
  const holdFetches = (options?: { ignoreAbort: boolean }) => {
    const stub = stubFetch(options);
    restoreFetch = stub.restore;
    return stub.calls;
  };

  it('provides its data property to cards and pickers inside it', async () => {
    const root = await render<PathwayData>(html`
      <pm-pathway-data .data=${dataset('Custom title')}>
        <section><pm-pathway-card pathway="formal-education"></pm-pathway-card></section>
        <pm-pathway-picker value="formal-education"></pm-pathway-picker>
      </pm-pathway-data>`);
    expect(cardTitle(root)).to.equal('Custom title');
    const picker = root.querySelector('pm-pathway-picker')!;
    expect(shadow(picker).querySelectorAll('[role=option]')).to.have.length(1);
    expect(cardTitle(shadow(picker) as unknown as Element), 'the picker passes the dataset to its card').to.equal(
      'Custom title',
    );
    root.data = dataset('Changed');
    await settle(root);
    expect(cardTitle(root)).to.equal('Changed');
  });

  it('reads an inline <script type="application/json"> child, synchronously, without running it', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `
      <pm-pathway-data id="inline">
        <script type="application/json">${JSON.stringify(dataset('Inline </b> title'))}</script>
        <pm-pathway-card pathway="formal-education"></pm-pathway-card>
      </pm-pathway-data>`,
    );
    const root = document.getElementById('inline')!;
    await settle(root);
    expect(cardTitle(root)).to.equal('Inline </b> title');
    root.remove();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<pm-pathway-data id="bad"><script type="application/json">{nope</script></pm-pathway-data>',
    );
    const bad = document.getElementById('bad')!;
    await settle(bad);
    expect(textOf(shadow(bad).querySelector('[part=error]'))).to.contain('is not JSON');
    expect(warnings.calls).to.have.length(1);
    bad.remove();
  });

  it('nested providers: the nearest one wins', async () => {
    const root = await render<PathwayData>(html`
      <pm-pathway-data .data=${dataset('Outer')}>
        <pm-pathway-card id="outer" pathway="formal-education"></pm-pathway-card>
        <pm-pathway-data .data=${dataset('Inner')}>
          <pm-pathway-card id="inner" pathway="formal-education"></pm-pathway-card>
        </pm-pathway-data>
      </pm-pathway-data>`);
    expect(textOf(shadow(root.querySelector('#outer')!).querySelector('h3'))).to.equal('Outer');
    expect(textOf(shadow(root.querySelector('#inner')!).querySelector('h3'))).to.equal('Inner');
  });

  it('fetches src, and a dataset with other pathways works everywhere', async () => {
    const root = await render<PathwayData>(html`
      <pm-pathway-data src=${fixture('two-pathways.json')}>
        <pm-pathway-card pathway="side-project"></pm-pathway-card>
        <pm-pathway-picker view="quiz"></pm-pathway-picker>
      </pm-pathway-data>`);
    await until(
      () => !!shadow(root.querySelector('pm-pathway-card')!).querySelector('h3'),
      'the card renders once the data arrives',
      root,
    );
    expect(cardTitle(root)).to.equal('Side project');
    expect(shadow(root.querySelector('pm-pathway-card')!).querySelectorAll('[part=step]')).to.have.length(2);
    const picker = root.querySelector('pm-pathway-picker')!;
    await settle(picker);
    expect([...shadow(picker).querySelectorAll('[role=option]')].map((o) => textOf(o.lastElementChild))).to.deep.equal([
      'Studium',
      'Side project',
    ]);
    expectNull(shadow(picker).querySelector('[part=views]'), 'no quiz in this dataset');
    expect(warnings.calls).to.have.length(0);
  });

  it('renders nothing broken while loading', async () => {
    const json = await body('two-pathways.json');
    const calls = holdFetches();
    const root = await render<PathwayData>(html`
      <pm-pathway-data src="/data.json"><pm-pathway-card pathway="side-project"></pm-pathway-card></pm-pathway-data>`);
    const card = root.querySelector('pm-pathway-card')!;
    expectNull(shadow(card).querySelector('[part=error]'), 'no error while loading');
    expectNull(shadow(card).querySelector('[part=card]'), 'no card before the data');
    expectNull(shadow(root).querySelector('[part=error]'), 'no error on the provider while loading');
    await calls[0]!.respond(json);
    await settle(root);
    expect(cardTitle(root), 'then the card appears').to.equal('Side project');
  });

  it('a changed src aborts the fetch in flight', async () => {
    const other = await body('other.json');
    const calls = holdFetches();
    const root = await render<PathwayData>(html`
      <pm-pathway-data src="/first.json"><pm-pathway-card pathway="formal-education"></pm-pathway-card></pm-pathway-data>`);
    root.src = '/second.json';
    await settle(root);
    expect(calls.map((c) => [c.url, c.signal?.aborted])).to.deep.equal([
      ['/first.json', true],
      ['/second.json', false],
    ]);
    await calls[1]!.respond(other);
    await settle(root);
    expect(cardTitle(root), 'the newer src shows').to.equal('Other dataset');
    expect(warnings.calls, 'an abort is not an error').to.have.length(0);
  });

  it('out of order: an old response arriving after a newer one is ignored', async () => {
    const [other, two] = [await body('other.json'), await body('two-pathways.json')];
    // A fetch that ignores abort, as a slow cache or service worker might.
    const calls = holdFetches({ ignoreAbort: true });
    const root = await render<PathwayData>(html`
      <pm-pathway-data src="/old.json"><pm-pathway-card pathway="formal-education"></pm-pathway-card></pm-pathway-data>`);
    root.src = '/new.json';
    await settle(root);
    await calls[1]!.respond(two);
    await settle(root);
    expect(cardTitle(root), 'the newer response shows').to.equal('Studium');
    await calls[0]!.respond(other);
    await settle(root);
    expect(cardTitle(root), 'the older, later response did not overwrite it').to.equal('Studium');
  });

  it('a disconnect aborts the fetch in flight; a reconnect fetches again', async () => {
    const other = await body('other.json');
    const calls = holdFetches();
    const root = await render<PathwayData>(html`
      <pm-pathway-data src="/data.json"><pm-pathway-card pathway="formal-education"></pm-pathway-card></pm-pathway-data>`);
    const parent = root.parentElement!;
    root.remove();
    expect(calls.map((c) => c.signal?.aborted)).to.deep.equal([true]);
    parent.append(root);
    expect(calls, 'a reconnect fetches again').to.have.length(2);
    await calls[1]!.respond(other);
    await settle(root);
    expect(cardTitle(root), 'it loads after reconnecting').to.equal('Other dataset');
    expect(warnings.calls, 'an abort is not an error').to.have.length(0);
  });

  const failures = [
    // A 404 is answered by a stub: the test server would list it as an alarming 404 on every run.
    ['a 404', '/missing.json', 'fetch-failed', 'HTTP 404 for /missing.json', 404],
    ['a 500', '/__status/500', 'fetch-failed', 'HTTP 500'],
    ['a network error', 'http://127.0.0.1:9/pathways.json', 'fetch-failed', 'network error'],
    ['HTML instead of JSON', fixture('not-json.json'), 'invalid-data', 'is not JSON'],
    [
      'invalid data',
      fixture('invalid.json'),
      'invalid-data',
      'pathways[0].steps[0].title: expected a non-empty string',
    ],
  ] as [name: string, src: string, code: string, text: string, stubStatus?: number][];
  for (const [name, src, code, text, stubStatus] of failures) {
    it(`${name} gives the error state with code ${code}`, async () => {
      const root = document.createElement('pm-pathway-data');
      root.innerHTML = '<pm-pathway-card pathway="formal-education"></pm-pathway-card>';
      root.src = src;
      const error = oneEvent(root, 'pm-error');
      const calls = stubStatus ? holdFetches() : [];
      document.body.append(root);
      if (stubStatus) await calls[0]!.respond('failed on purpose', { status: stubStatus });
      const { detail } = await error;
      expect(detail.code).to.equal(code);
      expect(detail.message).to.contain(text);
      await settle(root);
      const notice = shadow(root).querySelector('[part=error]')!;
      expect(textOf(notice)).to.contain(text);
      expect(notice.getClientRects().length).to.be.greaterThan(0);
      expect(warnings.calls).to.have.length(1);
      expectNull(
        shadow(root.querySelector('pm-pathway-card')!).querySelector('[part=error]'),
        'one notice, on the provider',
      );
      await expect(root).to.be.accessible();
      root.remove();
    });
  }

  it('invalid data set as a property gives invalid-data with the path', async () => {
    const root = document.createElement('pm-pathway-data');
    root.data = {
      version: 1,
      pathways: [{ id: 'x', title: 'X', summary: 'S', steps: [{ title: 'T', body: 7 }] }],
    } as unknown as Dataset;
    const error = oneEvent(root, 'pm-error');
    document.body.append(root);
    expect((await error).detail).to.deep.equal({
      code: 'invalid-data',
      message: 'The pathway data is not valid: pathways[0].steps[0].body: expected a non-empty string',
    });
    root.remove();
  });

  it('an unknown id in custom data lists the custom ids', async () => {
    const root = await render<PathwayData>(html`
      <pm-pathway-data .data=${dataset('T')}><pm-pathway-card pathway="internal-transition"></pm-pathway-card></pm-pathway-data>`);
    const notice = shadow(root.querySelector('pm-pathway-card')!).querySelector('[part=error]')!;
    expect(textOf(notice)).to.equal('There is no pathway “internal-transition”. Choose one of: formal-education.');
  });
});
