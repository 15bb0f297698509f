// `node scripts/build-prerendered.mjs`: writes dist/prerendered/ (part of `npm run build`, and
// run before Storybook, whose embed builder reads it). See scripts/lib/prerendered.mjs.
import { join } from 'node:path';
import { writePrerendered } from './lib/prerendered.mjs';

const started = performance.now();
const { index, files } = await writePrerendered(join(new URL('..', import.meta.url).pathname, 'dist/prerendered'));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`prerendered: ${files} snippets of ${index.elements.length} elements → dist/prerendered/ (${seconds} s)`);
