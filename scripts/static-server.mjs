// The one static file server of the project: `npm start`, the Node and embed tests, the docs check, the screenshots and the benchmark use it.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** The content type for a file name. */
export const contentType = (name) => types[extname(name)] ?? 'application/octet-stream';

/** The file under root that a URL path names (index.html for a folder), or undefined; never outside root. */
export function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const base = resolve(root);
  let file = normalize(join(base, decoded));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Header names in lower case, so that `Cache-Control` replaces `cache-control` rather than doubling it. */
const lower = (headers = {}) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/**
 * Serves the files under `root`. `handle(url, request)` may answer a request
 * itself with `{ body, type?, status?, delay?, headers? }` (delay in ms, as a
 * slow CDN would) or `{ file, delay?, headers? }`, or return undefined for the
 * file at that path. `headers` (an option, or in an answer) are added to the
 * response, and override `cache-control: no-store` and the content type: the
 * option's on every response, 404s included (a CORS header, say), an answer's on
 * that one. Resolves to `{ server, port, url, close }` once listening; rejects
 * with the listen error (EADDRINUSE when the port is taken).
 */
export async function startServer({ root = '.', port = 0, host = '127.0.0.1', handle, headers = {} } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const answer = (await handle?.(url, request)) ?? { file: fileFor(root, url.pathname) };
    if (answer.delay) await new Promise((done) => setTimeout(done, answer.delay));
    const head = (type) => ({
      'cache-control': 'no-store',
      'content-type': type,
      ...lower(headers),
      ...lower(answer.headers),
    });
    if (answer.body !== undefined) {
      response.writeHead(answer.status ?? 200, head(answer.type ?? 'text/html; charset=utf-8')).end(answer.body);
    } else if (answer.file) {
      response.writeHead(200, head(contentType(answer.file)));
      createReadStream(answer.file).pipe(response);
    } else {
      response.writeHead(404, head('text/plain; charset=utf-8')).end('Not found');
    }
  });
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const actual = server.address().port;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    server,
    port: actual,
    url: `http://${shown}:${actual}/`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}

/** A port that was free a moment ago, for tools that need a number before they start. */
export async function freePort() {
  const { port, close } = await startServer();
  await close();
  return port;
}
