// Test-server middleware: endpoints that misbehave on purpose, and Content-Security-Policy headers for the hostile pages.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const pathway = (i, extra = {}) => ({
  id: `p-${i}`,
  title: `Pathway ${i}`,
  summary: `Summary ${i}.`,
  steps: [{ title: `Step of ${i}`, body: 'Body.' }],
  ...extra,
});

const policies = {
  strict: "default-src 'self'; style-src 'self'; script-src 'self'",
  'trusted-types': "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'",
};

/**
 * Held code: under `/__hold/<token>/…` every file is served as usual, except the
 * quiz chunk, which waits until the test asks `/__release/<token>` (a network as
 * slow as the test wants, with no timing in it). `/__held/<token>` says what is waiting.
 */
const holds = new Map();
const hold = (token) => {
  if (!holds.has(token)) {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    holds.set(token, { requested: [], released, release });
  }
  return holds.get(token);
};

export async function faultyServer(ctx, next) {
  const { path } = ctx;
  let match;
  if ((match = /^\/__hold\/([\w-]+)(\/.*)$/.exec(path))) {
    if (/\/chunks\/quiz-chunk-/.test(match[2])) {
      const held = hold(match[1]);
      held.requested.push(match[2]);
      await held.released;
    }
    ctx.url = match[2];
  } else if ((match = /^\/__held\/([\w-]+)$/.exec(path))) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ requested: hold(match[1]).requested });
    return undefined;
  } else if ((match = /^\/__release\/([\w-]+)$/.exec(path))) {
    hold(match[1]).release();
    ctx.body = 'released';
    return undefined;
  } else if ((match = /^\/__delay\/(\d+)(\/.*)$/.exec(path))) {
    await sleep(Number(match[1]));
    ctx.url = match[2];
  } else if ((match = /^\/__status\/(\d+)$/.exec(path))) {
    ctx.status = Number(match[1]);
    ctx.body = 'failed on purpose';
    // A 404 asked for is not a missing file: the runner lists 404s by URL after the
    // response, so renaming the URL keeps this one out of its "404 network requests".
    ctx.url = '/__expected-fault';
    return undefined;
  } else if (path === '/__truncated') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ version: 1, pathways: [pathway(1)] }).slice(0, 40);
    return undefined;
  } else if ((match = /^\/__big\/(\d+)$/.exec(path))) {
    ctx.type = 'application/json';
    const bytes = Number(match[1]);
    ctx.body = JSON.stringify({ version: 1, padding: 'x'.repeat(bytes), pathways: [pathway(1)] });
    return undefined;
  } else if ((match = /^\/__many\/(\d+)$/.exec(path))) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ version: 1, pathways: Array.from({ length: Number(match[1]) }, (_, i) => pathway(i)) });
    return undefined;
  }
  await next();
  const policy = policies[ctx.query.csp];
  if (policy && path.startsWith('/tests/hostile/pages/')) ctx.set('Content-Security-Policy', policy);
  return undefined;
}
