// dist/prerendered/ for the Chromium tests, rendered from the source on first request (Lit SSR,
// the build's own plugins; about 3 s) into a folder of this run's own, so the tests neither need a
// build nor read one made from older source. `npm run build` writes the same files into dist/.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePrerendered } from '../../scripts/lib/prerendered.mjs';

const PREFIX = '/dist/prerendered/';

/** Koa middleware for web-test-runner's `middleware` list. */
export function prerenderedServer() {
  const dir = join(tmpdir(), `limber-prerendered-${process.pid}`);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  let rendered;
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    rendered ??= writePrerendered(dir);
    await rendered;
    const file = join(dir, ctx.path.slice(PREFIX.length));
    if (!file.startsWith(dir) || !existsSync(file)) {
      ctx.status = 404;
      return undefined;
    }
    ctx.type = file.endsWith('.json') ? 'application/json' : 'text/html';
    ctx.body = readFileSync(file, 'utf8');
    return undefined;
  };
}
