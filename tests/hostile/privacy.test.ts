import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { expectClean, openPage, part, rendered } from './page.js';

describe('privacy', () => {
  it('with every element and every interaction, the only requests are the bundle and the configured src', async () => {
    const page = await openPage('all.html');
    const { doc, win } = page;
    // Every interaction must happen: a missing control fails here rather than being skipped.
    const click = async (el: HTMLElement | null | undefined, what: string) => {
      if (!el) throw new Error(`privacy test: no ${what} to click`);
      el.click();
      await rendered(win);
    };
    const picker = doc.getElementById('picker')!;
    const root = picker.shadowRoot!;
    await click(part(picker, 'option'), 'option');
    await click(root.querySelectorAll<HTMLButtonElement>('[part=views] button')[1], 'quiz view button');
    await until(() => !!root.querySelector('input[type=radio]'), 'the quiz, loaded on demand', doc);
    for (let i = 0; i < 20 && root.querySelector('input[type=radio]'); i++) {
      await click(root.querySelector<HTMLInputElement>('input[type=radio]'), `answer ${i + 1}`);
      await click(root.querySelector<HTMLButtonElement>('.actions .primary'), `next ${i + 1}`);
    }
    await click(root.querySelector<HTMLButtonElement>('.results button.pick'), 'result');
    await click(doc.getElementById('card')!.shadowRoot!.querySelector('input'), 'checkbox');
    await click(doc.getElementById('compact')!.shadowRoot!.querySelector('button'), 'disclosure');
    await until(() => !!part(doc.getElementById('custom'), 'heading'), 'the fetched custom data renders', doc);

    const requested = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    // The page's own recorder, and the test server's live-reload socket it injects into HTML.
    const notOurs = (path: string) => path === '/tests/hostile/pages/record.js' || path.startsWith('/__web-dev-server');
    // Code only some pages need loads from beside the script (dist/chunks/), and nowhere else.
    const chunk = (path: string) => /^\/dist\/chunks\/[\w-]+\.js$/.test(path);
    expect(requested.filter(chunk).length, 'the quiz and the validator came from beside the script').to.be.at.least(2);
    expect(requested.filter((path) => !notOurs(path) && !chunk(path)).sort()).to.deep.equal([
      '/dist/pm-pathways.js',
      '/tests/fixtures/two-pathways.json',
    ]);
    expect(doc.cookie).to.equal('');
    expectClean(page);
    page.frame.remove();
  });
});
