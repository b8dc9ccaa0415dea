// Serves the built documentation site (dist/site/) at http://localhost:8000/ for `npm start`.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: { rootDir: 'dist/site', port, hostname: process.env.HOST ?? 'localhost' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`pm-pathways documentation and demo: http://localhost:${port}/`);
