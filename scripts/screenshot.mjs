// The README's screenshots of the demo, light and dark, in headless Chromium.
//   npm start, then: node scripts/screenshot.mjs [base-url] [out-dir] [--full]
// --full also saves whole-page shots at desktop and phone widths, for review.
import { chromium } from 'playwright-core';
import { chromiumArgs, find } from './browsers.mjs';

const [base = 'http://localhost:8000/', out = 'docs'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const full = process.argv.includes('--full');
const rendered = (page) => page.evaluate(() => Promise.all([...document.querySelectorAll('*')]
  .filter((el) => el.localName.startsWith('pm-'))
  .map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete))));

const browser = await chromium.launch({ executablePath: find('chromium'), args: chromiumArgs });
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: scheme });
  await page.goto(`${base}#pathway=startup-experience`);
  await rendered(page);
  await page.locator('.wide pm-pathway-picker').screenshot({ path: `${out}/screenshot-${scheme}.png` });
  if (full) {
    for (const [name, width] of [['desktop', 1100], ['phone', 360]]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${out}/demo-${scheme}-${name}.png`, fullPage: true });
    }
  }
  await page.close();
}
await browser.close();
