import { expect } from '@open-wc/testing';
import { rendered } from './hostile/page.js';
import { textOf, until } from './helpers.js';

describe('the theming playground', () => {
  it('restyles the preview live and writes the CSS to copy', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1100px';
    frame.style.height = '900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = new URL('../dist/site/theming.html', import.meta.url).href;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow!;
    const doc = win.document;
    await rendered(win);
    const set = (name: string, value: string) => {
      const input = doc.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    set('--pm-color-accent', '#c8005a');
    set('--pm-radius', '0.25');
    set('theme', 'dark');
    const card = doc.querySelector('pm-pathway-card')!;
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const root = card.shadowRoot!;
    expect(win.getComputedStyle(root.querySelector('[part=card]')!).borderTopLeftRadius).to.equal('4px');
    expect(card.getAttribute('theme')).to.equal('dark');
    const css = doc.querySelector<HTMLTextAreaElement>('#css-out')!.value;
    expect(css).to.contain('--pm-color-accent: #c8005a;');
    expect(css).to.contain('--pm-radius: 0.25rem;');
    expect(css).not.to.contain('--pm-space');
    const copied = doc.querySelector('#copied')!;
    expect(textOf(copied), 'nothing reported before the click').to.equal('');
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await until(() => /Copied|Selected/.test(textOf(copied)), 'the copy button reports what it did');
    frame.remove();
  });
});
