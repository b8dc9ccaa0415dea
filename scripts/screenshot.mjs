// The README's screenshots of the demo, light and dark, in headless Chromium.
//   npm run build, then: node scripts/screenshot.mjs [base-url] [out-dir] [--full]
// Without a base URL it serves dist/site/ itself. --full also saves whole-page shots
// at desktop and phone widths, for review.
import { launchChromium } from './browsers.mjs';
import { startServer } from './static-server.mjs';

const [given, out = 'docs'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const full = process.argv.includes('--full');
const server = given ? undefined : await startServer({ root: 'dist/site' });
const base = given || server.url;
const rendered = (page) =>
  page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('pm-'))
        .map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)),
    ),
  );

const browser = await launchChromium();
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(`${base}#pathway=startup-experience`);
  await rendered(page);
  await (await page.$('.wide pm-pathway-picker')).screenshot({ path: `${out}/screenshot-${scheme}.png` });
  if (full) {
    for (const [name, width] of [
      ['desktop', 1100],
      ['phone', 360],
    ]) {
      await page.setViewport({ width, height: 900 });
      await page.screenshot({ path: `${out}/demo-${scheme}-${name}.png`, fullPage: true });
    }
  }
  await page.close();
}
await browser.close();
await server?.close();
