// For suites that use what `npm run build` writes: without it they would wait for elements that
// never define and time out. One clear failure instead.
import { existsSync } from 'node:fs';

/** Fails with one line saying to run `npm run build` when a file of `files` (under `root`'s dist/) is missing. */
export function needDist(files: readonly string[] = ['limber.js'], root = '.'): void {
  const missing = files.find((file) => !existsSync(`${root}/dist/${file}`));
  if (missing !== undefined) throw new Error(`dist/${missing} is missing: run \`npm run build\` first`);
}
