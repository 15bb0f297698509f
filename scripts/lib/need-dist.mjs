// For scripts that use what `npm run build` writes: without it they would wait for elements that
// never define and fail after a timeout with a stack trace. One line instead, and exit 1.
import { existsSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;

/** Stops `script` at once, with one line saying to run `npm run build`, when a file of `files` (under dist/) is missing. */
export function needDist(script, files = ['limber.js']) {
  const missing = files.find((file) => !existsSync(`${root}dist/${file}`));
  if (missing === undefined) return;
  console.error(`${script}: dist/${missing} is missing; run \`npm run build\` first`);
  process.exit(1);
}
