import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
const site = new URL('./bench/.site/', import.meta.url).pathname;
const server = createServer((req, res) => { const f = site + req.url.split('?')[0]; if (!existsSync(f)) return res.writeHead(404).end(); res.writeHead(200, { 'content-type': f.endsWith('.js') ? 'text/javascript' : f.endsWith('.css') ? 'text/css' : 'text/html' }); res.end(readFileSync(f)); }).listen(8123, '127.0.0.1');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const name of process.argv.slice(2)) {
const page = await b.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReturnAsStream' });
await page.goto('http://127.0.0.1:8123/' + name);
await page.evaluate(() => window.pmReady);
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end');
const { stream } = await done;
let data = ''; for (;;) { const { data: d, eof } = await cdp.send('IO.read', { handle: stream }); data += d; if (eof) break; }
const parsed = JSON.parse(data); const events = parsed.traceEvents ?? parsed;
const totals = {}; const counts = {};
for (const e of events) if (e.ph === 'X' && e.dur) { totals[e.name] = (totals[e.name] ?? 0) + e.dur / 1000; counts[e.name] = (counts[e.name] ?? 0) + 1; }
console.log('==', name); console.log(Object.entries(totals).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${v.toFixed(1)}ms ×${counts[k]} ${k}`).join('\n'));
await page.close();
}
await b.close(); server.close();
