// Where a benchmark page spends its time: a Chromium trace of loading it,
// summed by event (Layout, v8.evaluateModule, …).
//   npm run bench (to write bench/.site/), then:
//   node bench/profile.mjs cards-200.lit.html cards-200.static.html
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, find } from '../scripts/browsers.mjs';
import { site } from './pages.mjs';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const file = site + new URL(req.url, 'http://x').pathname;
  if (!existsSync(file)) return res.writeHead(404).end();
  return res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: find('chromium'), args: chromiumArgs });

for (const name of process.argv.slice(2)) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReturnAsStream' });
  await page.goto(`http://127.0.0.1:${server.address().port}/${name}`);
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
  for (const [event, [ms, count]] of [...totals].sort((a, b) => b[1][0] - a[1][0]).slice(0, 10)) console.log(`${ms.toFixed(1)} ms ×${count} ${event}`);
  await page.close();
}
await browser.close();
server.close();
