// `npm run size [-- --write] [-- --update]`: what Limber weighs, as shipped, against the budgets in
// scripts/budgets.json, as a table (measured by scripts/lib/measure-sizes.mjs in dist/; run `npm run build` first):
//   1. dist/limber.js, Lit as Limber uses it, the shared core, the English content, the Spanish
//      words and content (and the files limber.js fetches beside itself for them);
//   2. each per-element entry: its own file, everything it loads beyond Lit on its own, and that
//      plus the English content it fetches when it first looks an id up;
//   3. the peer ratio: the whole-article page against nhsuk-frontend's CSS + JS (scripts/size-peer.mjs).
// The budgets and goals are held by `npm run check -- size` (test/integration/size.test.mjs).
// `--write` writes the figures README.md and BENCHMARKS.md quote (scripts/lib/doc-figures.mjs).
// `--update` rewrites the budgets to measured + 10 % (rounded up to 10 bytes), never loosening one.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipByKey, measureSizes } from './lib/measure-sizes.mjs';
import { needDist } from './lib/need-dist.mjs';
import { sizeBlocks, writeBlocks } from './lib/doc-figures.mjs';

needDist('npm run size', ['limber.js', 'limber-hydrate.js', 'exercise-card.js']);

const BUDGETS_FILE = new URL('./budgets.json', import.meta.url);
const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));
const update = process.argv.includes('--update');
const write = process.argv.includes('--write');

const sizes = await measureSizes();
const { rows, elementRows, loading, peer } = sizes;
const measured = gzipByKey(sizes);
function check(key, bytes) {
  const budget = budgets.gzip[key];
  if (budget === undefined) return ' (no budget)';
  return bytes <= budget ? ` ≤ ${budget}` : ` OVER ${budget}`;
}

const pad = (value, width) => String(value).padStart(width);
console.log(`${'what'.padEnd(68)}${pad('min', 8)}${pad('gzip', 8)}${pad('brotli', 8)}  budget (gzip)`);
for (const [label, key, s] of rows)
  console.log(`${label.padEnd(68)}${pad(s.min, 8)}${pad(s.gzip, 8)}${pad(s.brotli, 8)} ${check(key, s.gzip)}`);

console.log(
  `\n${'per-element entry (gzip bytes)'.padEnd(24)}${pad('own', 8)}  ${'budget'.padEnd(10)}${pad('alone', 8)}  ${'budget'.padEnd(10)}${pad('+content', 10)}`,
);
for (const { name, own, alone, withContent } of elementRows) {
  const ownCheck = check(`element:${name}`, own.gzip);
  const aloneCheck = check(`alone:${name}`, alone.gzip);
  console.log(
    `${name.padEnd(24)}${pad(own.gzip, 8)} ${ownCheck.padEnd(11)}${pad(alone.gzip, 8)} ${aloneCheck.padEnd(11)}${pad(withContent.gzip, 10)}`,
  );
}
console.log(`own: the element's entry file (its code and styles; nested elements and shared chunks not counted).
alone: everything that entry loads up front beyond Lit when it is the only Limber import (shared chunks, nested elements).
+content: alone plus the English content and references it fetches on its first id look-up (never, with a provider catalog or data that cites nothing).\nA Spanish page fetches words-es and content-es instead of content-en; the validator is fetched only for data or a provider catalog.`);

console.log(`\npeer: a whole-article page against nhsuk-frontend ${peer.peer.version} (each file on its own, gzip -9)${''.padEnd(0)}`);
for (const { name, size } of [
  ...peer.files,
  ...peer.peer.files.map((f) => ({ name: `nhsuk-frontend/dist/nhsuk/${f.name}`, size: f.size })),
])
  console.log(`  ${name.padEnd(66)}${pad(size.min, 8)}${pad(size.gzip, 8)}${pad(size.brotli, 8)}`);
console.log(
  `  ${'Limber whole-article page, total'.padEnd(66)}${pad(peer.limber.min, 8)}${pad(peer.limber.gzip, 8)}${pad(peer.limber.brotli, 8)}`,
);
console.log(
  `  ${'nhsuk-frontend CSS + JS, total'.padEnd(66)}${pad(peer.peer.size.min, 8)}${pad(peer.peer.size.gzip, 8)}${pad(peer.peer.size.brotli, 8)}`,
);
console.log(`ratio Limber article page / nhsuk-frontend (gzip): ${peer.ratio.toFixed(2)} (goal ≤ ${budgets.peerRatio})`);
for (const { label, ok, detail } of loading) if (!ok) console.log(`NOT SO: ${label} (${detail})`);

if (update) {
  const tightened = Object.fromEntries(Object.entries(measured).map(([key, bytes]) => [key, Math.ceil((bytes * 1.1) / 10) * 10]));
  // The issue's ceilings stay ceilings: tightening never loosens a budget.
  for (const key of Object.keys(tightened))
    if (budgets.gzip[key] !== undefined) tightened[key] = Math.min(tightened[key], budgets.gzip[key]);
  writeFileSync(BUDGETS_FILE, `${JSON.stringify({ ...budgets, gzip: tightened }, null, 2)}\n`);
  console.log('\nbudgets.json: every budget set to measured + 10 %');
}

if (write) {
  const missing = writeBlocks(sizeBlocks(sizes, budgets), new URL('../', import.meta.url).pathname);
  console.log(`\nREADME.md and BENCHMARKS.md: the byte figures written${missing.length ? ` (no markers for ${missing.join(', ')})` : ''}`);
}
