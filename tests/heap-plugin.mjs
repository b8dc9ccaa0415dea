// A test-runner command, `pm-heap`: the JS heap's used bytes after garbage collection (Chromium; other engines answer null).
export function heapPlugin() {
  return {
    name: 'pm-heap',
    async executeCommand({ command, session }) {
      if (command !== 'pm-heap') return undefined;
      if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) return { bytes: null };
      const client = await session.browser.getPage(session.id).createCDPSession();
      try {
        for (let i = 0; i < 3; i++) await client.send('HeapProfiler.collectGarbage');
        const { usedSize } = await client.send('Runtime.getHeapUsage');
        return { bytes: usedSize };
      } finally {
        await client.detach();
      }
    },
  };
}
