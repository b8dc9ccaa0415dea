// A static file server for the embed tests, on a free port. It answers with
// Access-Control-Allow-Origin: *, as GitHub Pages and most CDNs do: a sandboxed
// iframe has an opaque origin, so its module scripts are cross-origin requests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `root`, plus `pages` (path → HTML) for test hosts.
 * @returns {Promise<{ base: string, pages: Map<string, string>, close: () => Promise<void> }>}
 */
export async function serve(root, { cors = true, gzip = false } = {}) {
  const pages = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = cors ? { 'access-control-allow-origin': '*' } : {};
    if (pages.has(path)) return res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] }).end(pages.get(path));
    const file = join(root, normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^(\.\.[/\\])+/, ''));
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Compressed and cacheable, as a real host serves it (the docs check measures performance).
      if (gzip && /text|javascript|json|svg/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
        return res
          .writeHead(200, {
            ...headers,
            'content-type': type,
            'content-encoding': 'gzip',
            'cache-control': 'max-age=31536000',
          })
          .end(gzipSync(body));
      }
      res.writeHead(200, { ...headers, 'content-type': type }).end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}/`,
    pages,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
