// The embed builder's snippet functions (stories/builder/snippets.ts), bundled for Node, so the
// suites paste exactly what the builder gives an editor.
import { build } from 'esbuild';
import { root } from './context.mjs';

/** Imports the builder's snippet module, freshly bundled. */
export async function snippetModule() {
  const out = `${root}test-results/snippets.mjs`;
  await build({ entryPoints: [`${root}stories/builder/snippets.ts`], outfile: out, format: 'esm', bundle: true, logLevel: 'silent' });
  return import(`${out}?${Date.now()}`);
}
