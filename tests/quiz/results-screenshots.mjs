// Screenshots of the quiz results (the reader's plan), for a person to read:
// each language given, desktop and 320 px, light, dark and forced colours, and
// the page printed. The answers are a reader's, set before the page loads.
// Run after `npm run build`:
//   node tests/quiz/results-screenshots.mjs [out-dir] [langs] [answers]
//   e.g. node tests/quiz/results-screenshots.mjs tests/.tmp/results en,fr,ar product-team.engineering.some.months.structured.team
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../scripts/browsers.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { isolatedPage, only } from '../page-helpers.mjs';

const [out = 'tests/.tmp/results', langs = 'en,fr,ar', given = 'student.engineering.none.months.doing.team'] =
  process.argv.slice(2);
mkdirSync(out, { recursive: true });
const ids = ['situation', 'background', 'budget', 'time', 'learning', 'independence'];
const answers = Object.fromEntries(given.split('.').map((id, i) => [ids[i], id]));
const server = await startServer({ root: 'dist' });
const browser = await launchChromium();
try {
  for (const lang of langs.split(',')) {
    for (const [name, { scheme = 'light', forced = 'none', width = 1000, media = 'screen' }] of Object.entries({
      light: {},
      dark: { scheme: 'dark' },
      forced: { forced: 'active' },
      320: { width: 320 },
      'dark-320': { scheme: 'dark', width: 320 },
      print: { media: 'print' },
    })) {
      const page = await isolatedPage(browser, { width, height: 900 });
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        media,
        features: [
          { name: 'prefers-color-scheme', value: scheme },
          { name: 'forced-colors', value: forced },
        ],
      });
      await page.evaluateOnNewDocument(
        (saved) => {
          localStorage.setItem('pm-pathways:quiz', saved);
        },
        JSON.stringify({ answers, results: true }),
      );
      await page.goto(`${server.url}embed/picker.html?lang=${lang}&view=quiz`);
      // Polled on a timer: animation frames do not run while print media is emulated.
      await page.waitForFunction(
        () => document.querySelector('pm-pathway-picker')?.shadowRoot?.querySelector('[part=result]'),
        { polling: 100 },
      );
      await page.evaluate(() => document.fonts.ready);
      const picker = await only(page, 'pm-pathway-picker');
      await picker.screenshot({ path: join(out, `${lang}-${name}.png`) });
      // A narrow page is tall: also in parts of 1,000 px, to read at full size.
      const box = await picker.boundingBox();
      for (let y = 0, part = 1; width < 500 && y < box.height; y += 1000, part++)
        await page.screenshot({
          path: join(out, `${lang}-${name}-part${part}.png`),
          clip: { x: box.x, y: box.y + y, width: box.width, height: Math.min(1000, box.height - y) },
          captureBeyondViewport: true,
        });
      await page.browserContext().close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Screenshots in ${out}/`);
