// Serves the demo (and dist/) at http://localhost:8000/ for `npm start`.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: process.env.HOST ?? 'localhost',
    appIndex: undefined,
    // The demo is the site's front page; its own links are absolute (/demo/…, /dist/…).
    middleware: [(ctx, next) => { if (ctx.path === '/') ctx.url = '/demo/index.html'; return next(); }],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`pm-pathways demo: http://localhost:${port}/`);
