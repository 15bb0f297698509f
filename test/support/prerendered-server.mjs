// dist/prerendered/ for the Chromium tests, rendered from the source (Lit SSR, the build's own
// plugins; 3–5 s) into a folder of this run's own, so the tests neither need a build nor read one
// made from older source. `npm run build` writes the same files into dist/. The rendering starts
// with the test server, beside the first test files, so the first test that asks does not wait
// for all of it (the embed builder's test allows its snippet 5 s, and a busy CI machine took more).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePrerendered } from '../../scripts/lib/prerendered.mjs';

const PREFIX = '/dist/prerendered/';

/** Koa middleware for web-test-runner's `middleware` list. */
export function prerenderedServer() {
  const dir = join(tmpdir(), `limber-prerendered-${process.pid}`);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const rendered = writePrerendered(dir);
  // A failure is the asking test's to report (its request fails), not the server's to crash on.
  rendered.catch(() => {});
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
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
