// `npm start`: serves the built documentation site and demo (dist/site/) until Ctrl+C.
//   npm start -- --port 8080    or    PORT=8080 npm start    (HOST=0.0.0.0 to serve the network)
//   node scripts/serve.mjs --root <folder> serves another folder.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startServer } from './static-server.mjs';

let options;
try {
  ({ values: options } = parseArgs({
    options: { port: { type: 'string' }, host: { type: 'string' }, root: { type: 'string' } },
  }));
} catch (error) {
  console.error(`${error.message}. Usage: npm start -- [--port <number>] [--host <name>] [--root <folder>]`);
  process.exit(2);
}
const root = options.root ?? 'dist/site';
const port = Number(options.port ?? (process.env.PORT || 8000));
const host = options.host ?? process.env.HOST ?? 'localhost';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port number: ${options.port ?? process.env.PORT}. Usage: npm start -- --port 8080`);
  process.exit(2);
}
if (!existsSync(root)) {
  console.error(`${root}/ is missing: run npm run build first (npm start does).`);
  process.exit(1);
}

let site;
try {
  site = await startServer({ root, port, host });
} catch (error) {
  const reasons = {
    EADDRINUSE: `Port ${port} is busy: another server is using it. Try npm start -- --port ${port + 1} (or PORT=${port + 1}).`,
    EACCES: `Port ${port} needs more privileges. Try npm start -- --port 8080.`,
    EADDRNOTAVAIL: `${host} is not an address of this machine. Try HOST=localhost.`,
  };
  console.error(reasons[error.code] ?? `Could not serve on ${host}:${port}: ${error.message}`);
  process.exit(1);
}
console.log(`pm-pathways documentation and demo: ${site.url} (Ctrl+C stops)`);

const stop = async () => {
  await site.close();
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, stop);
// `npm start` runs this under npm and a shell, and killing npm's PID ends only those two:
// when the process that started this one is gone, stop as well.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 250).unref();
