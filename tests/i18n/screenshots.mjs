// Screenshots of the elements in a right-to-left language, for a person to look at:
// card (full, checklist, compact), picker (browse, quiz, results), light and dark,
// forced colours and 320 px. Run after `npm run build`:
//   node tests/i18n/screenshots.mjs [out-dir] [lang]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../scripts/browsers.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { check, click, count, isolatedPage, only } from '../page-helpers.mjs';

const [out = 'tests/.tmp/screens', lang = 'ar'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await startServer({ root: process.cwd() });
const url = `${server.url}tests/i18n/pages/rtl.html`;

const browser = await launchChromium();
const translated = (page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('pm-pathway-card, pm-pathway-picker')].every(
      (el) => el.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') === document.documentElement.lang,
    ),
  );
try {
  for (const [name, options] of [
    ['light', { colorScheme: 'light' }],
    ['dark', { colorScheme: 'dark' }],
    ['forced', { forcedColors: 'active' }],
    ['320', { colorScheme: 'light', width: 320 }],
  ]) {
    const page = await isolatedPage(browser, { width: options.width ?? 1000, height: 900 });
    // Forced colours through the protocol: puppeteer's emulateMediaFeatures does not know the feature.
    await (
      await page.createCDPSession()
    ).send('Emulation.setEmulatedMedia', {
      features: [
        { name: 'prefers-color-scheme', value: options.colorScheme ?? 'light' },
        { name: 'forced-colors', value: options.forcedColors ?? 'none' },
      ],
    });
    await page.goto(lang === 'ar' ? url : `${url}?lang=${lang}`);
    if (lang !== 'ar')
      await page.evaluate((l) => {
        document.documentElement.lang = l;
        document.documentElement.dir = 'ltr';
      }, lang);
    await translated(page);
    for (const id of ['card', 'checklist', 'compact', 'picker'])
      await (await only(page, `#${id}`)).screenshot({ path: join(out, `${lang}-${name}-${id}.png`) });
    // The quiz: first question, then answer every question with its first option and show the results.
    const quiz = '#quiz >>> pm-pathway-picker';
    await (await only(page, '#quiz')).screenshot({ path: join(out, `${lang}-${name}-quiz.png`) });
    for (let i = 0; i < 12 && !(await count(page, `${quiz} >>> [part=result]`)); i++) {
      await check(await page.waitForSelector(`${quiz} >>> [part=question] >>> input[type=radio]`));
      await click(await only(page, `${quiz} >>> [part=quiz] >>> button.primary`));
    }
    await (await only(page, '#quiz')).screenshot({ path: join(out, `${lang}-${name}-results.png`) });
    await page.browserContext().close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Screenshots in ${out}/`);
