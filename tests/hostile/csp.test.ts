import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { expectClean, openPage, part, type HostilePage } from './page.js';

/**
 * Violations are reported in a later task, so one could arrive after the
 * check. A sentinel violation made last is reported after any earlier one:
 * once it is in, the record is complete. It is then taken out.
 */
async function allViolationsReported({ doc, win }: HostilePage) {
  const sentinel = 'http://sentinel.invalid/';
  doc.createElement('img').src = sentinel; // img-src falls back to default-src 'self': blocked
  await until(() => win.pmRecord.violations.some((v) => v.includes(sentinel)), 'the sentinel violation is reported');
  win.pmRecord.violations = win.pmRecord.violations.filter((v) => !v.includes(sentinel));
}

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
      await allViolationsReported(page);
      expectClean(page);
      page.frame.remove();
    });
  });
}
