// The peer comparison for `npm run size`: what a reader's browser downloads for Limber's whole
// article (limber.js and the siblings that page fetches: its drawings and its JSON-LD; the
// content is inside limber.js) against nhsuk-frontend's CSS + JS, the closest peer for health
// content (the NHS.UK design system; `nhsuk-frontend`, a dev dependency used only here).
// Both sides are measured by the same `measure` (gzip -9, brotli 11), each file on its own as a
// server sends it. nhsuk-frontend ships no content: its page still needs the article's HTML.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { measure, total } from './lib/sizes.mjs';

const require = createRequire(import.meta.url);

/** nhsuk-frontend's own minified CSS and JS, as its dist/ ships them. */
export function nhsukFrontend() {
  const dir = require.resolve('nhsuk-frontend/package.json').replace(/package\.json$/, 'dist/nhsuk/');
  const { version } = JSON.parse(readFileSync(require.resolve('nhsuk-frontend/package.json'), 'utf8'));
  const files = ['nhsuk-frontend.min.css', 'nhsuk-frontend.min.js'].map((name) => ({
    name,
    size: measure(readFileSync(`${dir}${name}`, 'utf8')),
  }));
  return { version, files, size: total(files.map((f) => f.size)) };
}

/**
 * The whole-article page's script bytes: `files` are limber.js and the siblings an article
 * fetches, named by the caller from the in-memory build (on 2026-11-26 Chromium fetched exactly
 * these for the bench page's article: limber.js, structured-data, figure, kinematics).
 */
export function comparePeers(files) {
  const limber = total(files.map((f) => f.size));
  const peer = nhsukFrontend();
  return { limber, files, peer, ratio: limber.gzip / peer.size.gzip };
}
