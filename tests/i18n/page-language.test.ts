import { expect } from '@open-wc/testing';
import { pathways } from '../../src/generated/dataset.js';
import { locales } from '../../src/generated/locales/index.js';

describe('a page in another language (<html lang="es">), with the script tag', () => {
  it('renders in that language from the first frame: the elements wait for it before they are defined', async () => {
    const frame = document.createElement('iframe');
    frame.src = new URL('./pages/page-lang.html', import.meta.url).href;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const first = await (frame.contentWindow as Window & { firstRender: Promise<string> }).firstRender;
      const spanish = (await locales.es!()).dataset.pathways[0]!.title;
      expect(first).to.equal(spanish);
      expect(first).not.to.equal(pathways[0]!.title);
    } finally {
      frame.remove();
    }
  });
});
