import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { expectClean, openPage, part } from './page.js';

for (const policy of ['strict', 'trusted-types']) {
  describe(`a page with a ${policy} Content-Security-Policy`, () => {
    it('renders, styles and runs every element with zero violations', async () => {
      const page = await openPage(`all.html?csp=${policy}`);
      const { doc, win } = page;
      const card = doc.getElementById('card')!;
      expect(part(card, 'heading')?.textContent).to.equal('Formal education');
      // Styles applied without any inline <style>: the card has its border radius and numbers.
      expect(win.getComputedStyle(part(card, 'card')!).borderTopLeftRadius).to.equal('12px');
      const picker = doc.getElementById('picker')!;
      part(picker, 'option')!.click();
      await (picker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(picker.getAttribute('value')).to.equal('internal-transition');
      const custom = doc.getElementById('custom')!;
      await until(() => !!part(custom, 'heading'), 'the fetched custom data renders', doc);
      expect(part(custom, 'heading')?.textContent).to.equal('Side project');
      expectClean(page);
      page.frame.remove();
    });
  });
}
