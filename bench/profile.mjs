// Where a benchmark page spends its time: a Chromium trace of loading it, summed by event (Layout, v8.evaluateModule, …).
//   npm run bench (to write bench/.site/), then:
//   node bench/profile.mjs cards-200.lit.html cards-200.static.html
import { launchChromium } from '../scripts/browsers.mjs';
import { startServer } from '../scripts/static-server.mjs';
import { site } from './pages.mjs';

const names = process.argv.slice(2);
if (!names.length) {
  console.error('Usage: node bench/profile.mjs <page.html>… (pages of bench/.site/, written by npm run bench)');
  process.exit(2);
}
const server = await startServer({ root: site });
const browser = await launchChromium();

for (const name of names) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReturnAsStream' });
  await page.goto(`${server.url}${name}`);
  await page.evaluate(() => window.pmReady);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let trace = '';
  for (let eof = false; !eof;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    trace += chunk.data;
    eof = chunk.eof;
  }
  const parsed = JSON.parse(trace);
  const totals = new Map();
  for (const e of parsed.traceEvents ?? parsed) {
    if (e.ph !== 'X' || !e.dur) continue;
    const [ms, count] = totals.get(e.name) ?? [0, 0];
    totals.set(e.name, [ms + e.dur / 1000, count + 1]);
  }
  console.log(`== ${name}`);
  for (const [event, [ms, count]] of [...totals].sort((a, b) => b[1][0] - a[1][0]).slice(0, 10))
    console.log(`${ms.toFixed(1)} ms ×${count} ${event}`);
  await page.close();
}
await browser.close();
await server.close();
