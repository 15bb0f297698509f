// What every embedding suite starts with: the built package (`npm run build`), the repository
// served with the strict CSP (support/embed-server.mjs), and headless Chromium.
import { launchChromium } from '../../../scripts/lib/chromium.mjs';
import { startEmbedServer } from '../support/embed-server.mjs';
import { needDist } from '../support/need-dist.ts';

/** The repository's root, with a trailing slash. */
export const root = new URL('../../../', import.meta.url).pathname;

/**
 * Registers the suite's `before` and `after` hooks; the returned object holds `browser` and
 * `base` (the server's URL) once `before` has run.
 */
export function embedContext() {
  const context = { browser: undefined, base: '' };
  let server;
  before(async () => {
    needDist(['limber.js', 'exercise-card.js', 'prerendered/index.json'], root);
    server = await startEmbedServer(root);
    context.base = server.url;
    context.browser = await launchChromium();
  });
  after(async () => {
    await context.browser?.close();
    await server?.close();
  });
  return context;
}
