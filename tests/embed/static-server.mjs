// The embed tests' (and the docs check's) view of the shared static server,
// scripts/static-server.mjs: test pages by path, and Access-Control-Allow-Origin: *
// on every response, as GitHub Pages and most CDNs send it: a sandboxed iframe has
// an opaque origin, so its module scripts are cross-origin requests.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { contentType, fileFor, startServer } from '../../scripts/static-server.mjs';

/**
 * Serves `root`, plus `pages` (path → HTML) for test hosts. With `gzip`, text is
 * compressed and cacheable, as a real host serves it (the docs check measures performance).
 * @returns {Promise<{ base: string, pages: Map<string, string>, close: () => Promise<void> }>}
 */
export async function serve(root, { cors = true, gzip = false } = {}) {
  const pages = new Map();
  const site = await startServer({
    root,
    headers: cors ? { 'access-control-allow-origin': '*' } : {},
    handle: (url, request) => {
      if (pages.has(url.pathname)) return { body: pages.get(url.pathname) };
      // Chromium asks for /favicon.ico on pages without an icon link; a late 404 would read as a page error.
      if (url.pathname === '/favicon.ico') return { body: '', status: 204 };
      if (!gzip || !/gzip/.test(request.headers['accept-encoding'] ?? '')) return undefined;
      const file = fileFor(root, url.pathname);
      const type = file && contentType(file);
      if (!type || !/text|javascript|json|svg/.test(type)) return undefined;
      return {
        body: gzipSync(readFileSync(file)),
        type,
        headers: { 'content-encoding': 'gzip', 'cache-control': 'max-age=31536000' },
      };
    },
  });
  return { base: site.url, pages, close: site.close };
}
