// Screenshots of the demo in headless Chromium, for the README and for review.
//   node scripts/screenshot.mjs [url] [out-dir]   (the demo must be served: npm start)
import { chromium } from 'playwright-core';
import { chromiumArgs, find } from './browsers.mjs';

const url = process.argv[2] ?? 'http://localhost:8000/';
const out = process.argv[3] ?? 'docs';
const browser = await chromium.launch({ executablePath: find('chromium'), args: chromiumArgs });
for (const scheme of ['light', 'dark']) {
  for (const [name, width] of [['desktop', 1100], ['phone', 360]]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    await page.goto(url);
    await page.evaluate(() => Promise.all([...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('pm-')).map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete))));
    await page.screenshot({ path: `${out}/demo-${scheme}-${name}.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
