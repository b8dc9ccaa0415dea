import { expect } from '@open-wc/testing';
import { rendered } from './hostile/page.js';
import { sitePages } from './site-pages.mjs';

// The built documentation and embed pages on a 320 px screen, through axe (WCAG 2.x A
// and AA) inside each page: wide code samples scroll there, and must be reachable by keyboard.
type Axe = {
  run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
};

async function openNarrow(path: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '320px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL(`../dist/site/${path}`, import.meta.url).href;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { axe?: Axe };
  await rendered(win);
  // axe runs inside the page, so it sees the page's own layout at this width.
  const script = win.document.createElement('script');
  script.src = new URL('../node_modules/axe-core/axe.min.js', import.meta.url).href;
  const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  win.document.head.append(script);
  await ready;
  return { frame, win, axe: win.axe! };
}

describe('the documentation site at 320 px', () => {
  // One card embed stands for the seven: they are built from one template.
  for (const path of sitePages.filter((p) => !p.startsWith('embed/card-') || p.endsWith('internal-transition.html'))) {
    it(`${path} passes axe, code samples included`, async () => {
      const { frame, win, axe } = await openNarrow(path);
      const { violations } = await axe.run(win.document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      frame.remove();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
    });
  }
});
