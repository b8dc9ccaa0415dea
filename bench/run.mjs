// `npm run bench`: bytes, render time, paint, interaction, layout shift and heap per card, against static HTML and React 19.
// Measured in headless Chromium through puppeteer-core. Pages compared are
// loaded interleaved (A B C A B C …) so the machine's drift cancels.
// Writes bench/results/latest.json and prints a Markdown table.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/browsers.mjs';
import { fileFor, startServer } from '../scripts/static-server.mjs';
import { sizes } from '../scripts/size.mjs';
import { implementations, scenarios, site, writeSite } from './pages.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

await writeSite();

// The shared static server; ?delay=<ms> holds a response back, as a slow CDN would, and
// ?slow, ?nosnippet and ?blocking rewrite a page for the layout-shift runs.
const server = await startServer({
  root: site,
  handle: (url) => {
    const file = fileFor(site, url.pathname);
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (!file || !file.endsWith('.html')) return file ? { file, delay } : undefined;
    let body = readFileSync(file, 'utf8');
    if (url.searchParams.has('slow')) body = body.replace('src="pm-pathways.js"', 'src="pm-pathways.js?delay=600"');
    if (url.searchParams.has('nosnippet')) body = body.replace(/<style>pm-pathway-card:not[^<]*<\/style>/, '');
    if (url.searchParams.has('blocking'))
      body = body.replace('src="pm-pathways.js?delay=600"', 'src="pm-pathways.js?delay=600" blocking="render"');
    return { body, delay };
  },
});
const base = server.url;

const browser = await launchChromium();
const results = {
  machine: {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    browser: `Chromium ${(await browser.version()).split('/').pop()}`,
    node: process.version,
    runs: RUNS,
    date: new Date().toISOString(),
  },
};

async function withPage(fn) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  try {
    return await fn(page);
  } finally {
    await context.close();
  }
}
/** Clicks the nth element matching a selector that pierces shadow roots (`a >>> b`). */
const clickNth = async (page, selector, n) => (await page.$$(selector))[n].click();

// Bytes.
const bundleBytes = async (entry) => {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    // A page's first load: what a bundler splits off (languages, the quiz, ...) comes later, when used.
    plugins: [
      {
        name: 'lazy',
        setup: (b) =>
          b.onResolve({ filter: /.*/ }, (a) => (a.kind === 'dynamic-import' ? { external: true } : undefined)),
      },
    ],
  });
  return sizes(Buffer.from(out.outputFiles[0].contents));
};
results.bytes = {
  'dist/pm-pathways.js (script tag, all elements + data)': sizes(readFileSync('dist/pm-pathways.js')),
  'npm: pathway-card.js, bundled with Lit (first load)': await bundleBytes('dist/npm/pathway-card/define.js'),
  'npm: pathway-picker.js, bundled with Lit (first load)': await bundleBytes('dist/npm/pathway-picker/define.js'),
  'npm: pathway-data.js, bundled with Lit (first load)': await bundleBytes('dist/npm/pathway-data/define.js'),
  'npm: all elements, bundled with Lit (first load)': await bundleBytes('dist/npm/index.js'),
  'React 19 cards + picker (comparison)': sizes(readFileSync(join(site, 'react-cards.js'))),
};

// Render and First Contentful Paint, interleaved.
results.render = {};
for (const name of Object.keys(scenarios)) {
  const samples = Object.fromEntries(implementations.map((impl) => [impl, { rendered: [], fcp: [] }]));
  for (let run = 0; run < RUNS; run++) {
    for (const impl of implementations) {
      await withPage(async (page) => {
        await page.goto(`${base}${name}.${impl}.html`);
        const rendered = await page.evaluate(() => window.pmReady);
        const fcp = await page.evaluate(
          () =>
            new Promise((resolve) => {
              new PerformanceObserver((list) => {
                const entry = list.getEntriesByName('first-contentful-paint')[0];
                if (entry) resolve(entry.startTime);
              }).observe({ type: 'paint', buffered: true });
            }),
        );
        samples[impl].rendered.push(rendered);
        samples[impl].fcp.push(fcp);
      });
    }
  }
  results.render[name] = Object.fromEntries(
    implementations.map((impl) => [impl, { rendered: stats(samples[impl].rendered), fcp: stats(samples[impl].fcp) }]),
  );
  process.stderr.write(`render ${name} done\n`);
}

// Interaction: from the real input event to the frame after the change.
const nextFrameAfter = (eventName) => `new Promise((resolve) => {
  let start = 0;
  addEventListener('pointerdown', (e) => { start = e.timeStamp; }, { capture: true, once: true });
  document.addEventListener('${eventName}', () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - start);
    channel.port2.postMessage(0);
  }), { once: true });
})`;
results.interaction = { 'choose a pathway in the picker': [], 'finish the quiz (last answer to ranking)': [] };
await withPage(async (page) => {
  await page.goto(`${base}picker.lit.html`);
  await page.evaluate(() => window.pmReady);
  for (let run = 0; run < RUNS; run++) {
    const measured = page.evaluate(nextFrameAfter('pm-pathway-change'));
    await clickNth(page, 'pm-pathway-picker >>> [role=option]', run % 7);
    results.interaction['choose a pathway in the picker'].push(await measured);
  }
});
for (let run = 0; run < RUNS; run++) {
  await withPage(async (page) => {
    await page.goto(`${base}picker.lit.html`);
    await page.evaluate(() => window.pmReady);
    await clickNth(page, 'pm-pathway-picker >>> [part=views] button', 1);
    // The quiz code loads on demand (dist/chunks/): wait for the first question.
    await page.waitForFunction(() => document.querySelector('pm-pathway-picker').shadowRoot.querySelector('.count'));
    const questions = await page.evaluate(
      () =>
        document
          .querySelector('pm-pathway-picker')
          .shadowRoot.querySelector('.count')
          .textContent.match(/of (\d+)/)[1],
    );
    for (let q = 0; q < Number(questions); q++) {
      await clickNth(page, 'pm-pathway-picker >>> label.choice', (run + q) % 3);
      const last = q === Number(questions) - 1;
      const measured = last ? page.evaluate(nextFrameAfter('pm-quiz-complete')) : null;
      await clickNth(page, 'pm-pathway-picker >>> .actions .primary', 0);
      if (last) results.interaction['finish the quiz (last answer to ranking)'].push(await measured);
    }
  });
}
for (const key of Object.keys(results.interaction)) results.interaction[key] = stats(results.interaction[key]);

// Layout shift while the script loads (held back 600 ms) on the one-card post, with and without the README's snippet.
const cls = (query) =>
  withPage(async (page) => {
    await page.goto(`${base}card-1.lit.html?${query}`);
    await page.evaluate(() => window.pmReady);
    await sleep(300);
    return page.evaluate(
      () =>
        new Promise((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 50);
        }),
    );
  });
results.layoutShift = {
  'with the README snippet': stats(await Promise.all(Array.from({ length: 5 }, () => cls('slow=1&blocking=1')))),
  'with its CSS only': stats(await Promise.all(Array.from({ length: 5 }, () => cls('slow=1')))),
  'without it': stats(await Promise.all(Array.from({ length: 5 }, () => cls('slow=1&nosnippet=1')))),
};

// Heap per card: 200 cards added to a page that has the script, after garbage collection.
results.heapPerCard = await withPage(async (page) => {
  await page.goto(`${base}card-1.lit.html`);
  await page.evaluate(() => window.pmReady);
  const cdp = await page.createCDPSession();
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await heap();
  // The ids from the built dataset: the contract lives in scripts/build-content.mjs.
  const ids = JSON.parse(readFileSync('dist/pathways.json', 'utf8')).pathways.map((p) => p.id);
  await page.evaluate(async (ids) => {
    const cards = Array.from({ length: 200 }, (_, i) =>
      Object.assign(document.createElement('pm-pathway-card'), { pathway: ids[i % ids.length] }),
    );
    document.body.append(...cards);
    await Promise.all(cards.map((c) => c.updateComplete));
  }, ids);
  return Math.round(((await heap()) - before) / 200);
});

await browser.close();
await server.close();

// Report.
const ms = (s) => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const lines = [
  `Machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.browser}, headless; medians of ${RUNS} interleaved runs (min–max).`,
  '',
];
lines.push('| bytes | min | gzip | brotli |', '|---|---|---|---|');
for (const [name, b] of Object.entries(results.bytes))
  lines.push(`| ${name} | ${kb(b.min)} | ${kb(b.gzip)} | ${kb(b.brotli)} |`);
lines.push(
  '',
  '| page | static HTML: rendered / FCP (ms) | pm-pathways: rendered / FCP (ms) | React 19: rendered / FCP (ms) | pm-pathways ÷ static | pm-pathways ÷ React |',
  '|---|---|---|---|---|---|',
);
for (const [name, r] of Object.entries(results.render)) {
  lines.push(
    `| ${name} | ${ms(r.static.rendered)} / ${ms(r.static.fcp)} | ${ms(r.lit.rendered)} / ${ms(r.lit.fcp)} | ${ms(r.react.rendered)} / ${ms(r.react.fcp)} | ${(r.lit.rendered.median / r.static.rendered.median).toFixed(2)}× | ${(r.lit.rendered.median / r.react.rendered.median).toFixed(2)}× |`,
  );
}
lines.push('', '| interaction (input to next frame) | median ms | worst ms |', '|---|---|---|');
for (const [name, s] of Object.entries(results.interaction))
  lines.push(`| ${name} | ${s.median.toFixed(1)} | ${s.max.toFixed(1)} |`);
lines.push(
  '',
  `Layout shift on the one-card post while the script loads 600 ms late: ${results.layoutShift['with the README snippet'].median.toFixed(3)} with the README's snippet, ${results.layoutShift['with its CSS only'].median.toFixed(3)} with its CSS only, ${results.layoutShift['without it'].median.toFixed(3)} without.`,
);
lines.push(`JS heap per card (200 cards, after garbage collection): ${kb(results.heapPerCard)}.`);
const table = lines.join('\n');
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/latest.json', import.meta.url), `${JSON.stringify({ ...results, table }, null, 2)}\n`);
console.log(table);
