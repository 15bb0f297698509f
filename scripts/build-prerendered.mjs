// `node scripts/build-prerendered.mjs`: writes dist/prerendered/ (part of `npm run build`, and run
// before Storybook and the tests, which read it). See scripts/lib/prerendered.mjs.
import { writePrerendered } from './lib/prerendered.mjs';

const started = performance.now();
const out = new URL('../dist/prerendered/', import.meta.url).pathname;
const { index, files } = await writePrerendered(out);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`prerendered: ${files} snippets of ${index.elements.length} elements → dist/prerendered/ (${seconds} s)`);
