// `node scripts/build-prerendered.mjs`: writes dist/prerendered/ (part of `npm run build`, and run
// before Storybook and the tests, which read it). See scripts/lib/prerendered.mjs.
// Skipped when nothing it is made from changed since the last run (src/, content/, scripts/lib/,
// the lockfile): CI builds, tests and builds Storybook in a row, and each asks for it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writePrerendered } from './lib/prerendered.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist/prerendered');
const stamp = join(out, '.inputs-sha256');

const hash = createHash('sha256');
const add = (path) => {
  if (statSync(path).isDirectory()) for (const entry of readdirSync(path).sort()) add(join(path, entry));
  else hash.update(path).update(readFileSync(path));
};
for (const input of ['src', 'content', 'scripts/lib', 'package-lock.json']) add(join(root, input));
const inputs = hash.digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === inputs) {
  console.log('prerendered: dist/prerendered/ is up to date');
} else {
  const started = performance.now();
  const { index, files } = await writePrerendered(out);
  writeFileSync(stamp, inputs);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`prerendered: ${files} snippets of ${index.elements.length} elements → dist/prerendered/ (${seconds} s)`);
}
