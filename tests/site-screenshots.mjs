// Screenshots of every docs page and embed page, light, dark and 320 px wide,
// for a person to open and read (not a test: nothing is asserted).
//   npm run build && node tests/site-screenshots.mjs [out-dir] [page-filter]
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../scripts/browsers.mjs';
import { isolatedPage } from './page-helpers.mjs';
import { serve } from './embed/static-server.mjs';

const [out = '/tmp/pm-shots', filter = ''] = process.argv.slice(2);
import { sitePages } from './site-pages.mjs';
const modes = [
  ['light', 1100, 'light'],
  ['dark', 1100, 'dark'],
  ['320', 320, 'light'],
  ['320-dark', 320, 'dark'],
];

mkdirSync(out, { recursive: true });
const server = await serve('dist/site');
const browser = await launchChromium();
for (const path of sitePages.filter((p) => p.includes(filter) && !/embed\/card-(?!internal)/.test(p))) {
  for (const [mode, width, colorScheme] of modes) {
    const page = await isolatedPage(browser, { width, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
    const response = await page.goto(server.base + path);
    if (!response.ok()) {
      await page.browserContext().close();
      continue;
    }
    await page.evaluate(() =>
      Promise.all(
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('pm-'))
          .map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)),
      ),
    );
    await page.evaluate(() => document.fonts.ready);
    const file = `${out}/${path.replace(/\//g, '_').replace('.html', '')}-${mode}.png`;
    await page.screenshot({ path: file, fullPage: true });
    // Tall pages also in parts, so each part can be read at full size.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const part = width < 600 ? 1200 : 1400;
    for (let y = 0, i = 1; height > part * 1.2 && y < height; y += part, i++) {
      await page.screenshot({
        path: file.replace('.png', `-part${i}.png`),
        captureBeyondViewport: true,
        clip: { x: 0, y, width, height: Math.min(part, height - y) },
      });
    }
    await page.browserContext().close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
