import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { rendered } from '../hostile/page.js';
import { textOf, until } from '../helpers.js';

// The built embed page, with its quiz code held on the way (tests/server.mjs): as slow a
// network as it takes, so a reader's keys always come before the quiz does.
const held = async (token: string): Promise<string[]> =>
  ((await (await fetch(`/__held/${token}`)).json()) as { requested: string[] }).requested;

async function openEmbed(token: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '720px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__hold/${token}/dist/embed/picker.html`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await rendered(win);
  const picker = win.document.querySelector('pm-pathway-picker')!;
  const root = picker.shadowRoot!;
  const findMyPath = root.querySelectorAll<HTMLButtonElement>('.views button')[1]!;
  /** The element that has the keyboard (inside the picker's shadow root, or elsewhere in the frame), as markup. */
  const focused = () => {
    const active = win.document.activeElement === picker ? root.activeElement : win.document.activeElement;
    return active?.outerHTML.slice(0, 80) ?? 'nothing'; // a failing check that holds a node hangs the runner
  };
  return { frame, win, root, findMyPath, focused };
}

describe('pm-pathway-picker while the quiz code is on its way', () => {
  let token: string;
  beforeEach(() => {
    token = `t${Math.random().toString(36).slice(2)}`;
  });
  afterEach(async () => {
    await fetch(`/__release/${token}`);
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('fetches the quiz code when "Find my path" is focused, before it is pressed', async () => {
    const { win, findMyPath, root } = await openEmbed(token);
    expect(await held(token), 'nothing fetched while the reader only browses').to.deep.equal([]);
    win.focus();
    findMyPath.focus();
    await waitUntil(async () => (await held(token)).length > 0, 'the quiz code is requested on focus', {
      timeout: 10000,
    });
    expect((await held(token))[0]).to.match(/\/chunks\/quiz-chunk-/);
    expect(root.querySelectorAll('[role=listbox]').length, 'still browsing').to.equal(1);
  });

  it('keeps the next Tab inside the picker, says it is loading, and hands focus to the first question', async () => {
    const { win, findMyPath, root, focused } = await openEmbed(token);
    win.focus();
    findMyPath.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('.quiz') !== null, 'the quiz view opens');
    await sendKeys({ press: 'Tab' });
    const loading = root.querySelector<HTMLElement>('.quiz .prompt')!;
    expect(textOf(loading)).to.equal('Loading…');
    expect(focused(), 'Tab lands on the loading placeholder, inside the picker').to.equal(
      loading.outerHTML.slice(0, 80),
    );
    expect(textOf(root.querySelector('[role=status]')), 'announced politely').to.equal('Loading…');
    await fetch(`/__release/${token}`);
    await until(() => root.querySelector('input[type=radio]') !== null, 'the first question arrives');
    const first = root.querySelector('input[type=radio]')!;
    await until(() => root.activeElement === first, 'focus moves to the first answer');
    expect(win.document.hasFocus(), 'the frame keeps the keyboard').to.equal(true);
    expect(textOf(root.querySelector('[role=status]')), '"Loading…" is not left behind').to.equal('');
  });

  // Last in this file: in Firefox, the Tab test above timed out in 2 runs of 9 when it came after
  // this pointer move (a driver-level leftover, cause not found; 0 in 10 in this order, 0 in 8 without it).
  it('fetches the quiz code when the pointer comes over "Find my path", before it is pressed', async () => {
    const { frame, findMyPath, root } = await openEmbed(token);
    // Start away from the button, then move onto its middle (page coordinates: the frame's offset plus the button's).
    await sendMouse({ type: 'move', position: [1, 1] });
    expect(await held(token), 'nothing fetched before the pointer arrives').to.deep.equal([]);
    const outer = frame.getBoundingClientRect();
    const box = findMyPath.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(outer.left + box.left + box.width / 2), Math.round(outer.top + box.top + box.height / 2)],
    });
    await waitUntil(async () => (await held(token)).length > 0, 'the quiz code is requested on hover', {
      timeout: 10000,
    });
    expect((await held(token))[0]).to.match(/\/chunks\/quiz-chunk-/);
    expect(root.querySelectorAll('[role=listbox]').length, 'still browsing').to.equal(1);
    await resetMouse();
  });
});
