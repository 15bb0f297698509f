// A real HTTP endpoint inside web-test-runner's server for the `<limber-provider src>` tests: a
// test stages a response (status, body, headers, delay, or a dropped connection) at a path under
// /content-test/, then the provider fetches it over HTTP like any page would. Hits are counted so
// caching can be observed from the server side.

/** Staged responses by path, and how often each path was asked for. */
const staged = new Map();
const hits = new Map();

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Koa middleware for web-test-runner's `middleware` list. */
export function contentTestServer() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/content-test/')) return next();
    if (ctx.path === '/content-test/stage' && ctx.method === 'POST') {
      const { path, ...response } = JSON.parse(await readBody(ctx.req));
      staged.set(path, response);
      hits.set(path, 0);
      ctx.status = 204;
      return undefined;
    }
    if (ctx.path === '/content-test/hits') {
      ctx.body = JSON.stringify(Object.fromEntries(hits));
      ctx.type = 'application/json';
      return undefined;
    }
    hits.set(ctx.path, (hits.get(ctx.path) ?? 0) + 1);
    const response = staged.get(ctx.path);
    if (!response) {
      ctx.status = 404;
      return undefined;
    }
    if (response.delay) await new Promise((resolve) => setTimeout(resolve, response.delay));
    if (response.drop) {
      ctx.req.socket.destroy();
      return undefined;
    }
    // web-test-runner marks every path with an extension fresh for a year once the response is
    // made; a staged response keeps its own Cache-Control (no-store unless the test gives one).
    ctx.set('Cache-Control', 'no-store');
    for (const [name, value] of Object.entries(response.headers ?? {})) ctx.set(name, value);
    const set = ctx.response.set.bind(ctx.response);
    ctx.response.set = (name, value) => (String(name).toLowerCase() === 'cache-control' ? undefined : set(name, value));
    if (response.etag) ctx.set('ETag', response.etag);
    if (response.etag && ctx.get('if-none-match') === response.etag) {
      ctx.status = 304;
      return undefined;
    }
    ctx.status = response.status ?? 200;
    ctx.type = 'application/json';
    ctx.body = response.body ?? '';
    return undefined;
  };
}
