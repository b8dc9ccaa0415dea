import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { expectClean, openPage, part, rendered } from './page.js';

describe('privacy', () => {
  it('with every element and every interaction, the only requests are the bundle and the configured src', async () => {
    const page = await openPage('all.html');
    const { doc, win } = page;
    const click = async (el: HTMLElement | null | undefined) => { el?.click(); await rendered(win); };
    const picker = doc.getElementById('picker')!;
    const root = picker.shadowRoot!;
    await click(part(picker, 'option'));
    await click(root.querySelectorAll<HTMLButtonElement>('[part=views] button')[1]);
    for (let i = 0; i < 5; i++) {
      await click(root.querySelector<HTMLInputElement>('input[type=radio]'));
      await click(root.querySelector<HTMLButtonElement>('.actions .primary'));
    }
    await click(root.querySelector<HTMLButtonElement>('.results button'));
    await click(doc.getElementById('card')!.shadowRoot!.querySelector('input'));
    await click(doc.getElementById('compact')!.shadowRoot!.querySelector('button'));
    await until(() => !!part(doc.getElementById('custom'), 'heading'), 'the fetched custom data renders', doc);

    const requested = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    // The page's own recorder, and the test server's live-reload socket it injects into HTML.
    const notOurs = (path: string) => path === '/tests/hostile/pages/record.js' || path.startsWith('/__web-dev-server');
    expect(requested.filter((path) => !notOurs(path)).sort()).to.deep.equal([
      '/dist/pm-pathways.js',
      '/tests/fixtures/two-pathways.json',
    ]);
    expect(doc.cookie).to.equal('');
    expectClean(page);
    page.frame.remove();
  });
});
