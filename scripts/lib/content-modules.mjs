// The built-in content as Node sees it, for check:content and build-content: every
// content/<topic>/<locale>.ts, and TypeScript modules loaded through one esbuild bundle (Node 20
// cannot strip types).
import { mkdirSync } from 'node:fs';
import { LANGUAGES, TOPICS } from './languages.mjs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Every topic text: `{ dir, file }` for content/<topic>/<language>.ts, each topic in each language of src/languages.json. */
export function topicFiles() {
  return TOPICS.flatMap((dir) => LANGUAGES.map((code) => ({ dir, file: `${code}.ts` })));
}

/**
 * Bundles `lines` (TypeScript: imports and exports from the repository root) into
 * test-results/<name>.mjs and imports it. Each topic text is exported in `topics` as
 * `{ dir, file, topic }`.
 */
export async function loadTs(name, lines) {
  const topics = topicFiles();
  const contents = [
    ...topics.map((t, i) => `import topic${i} from './content/${t.dir}/${t.file}';`),
    `export const topics = [${topics.map((t, i) => `{ dir: ${JSON.stringify(t.dir)}, file: ${JSON.stringify(t.file)}, topic: topic${i} }`).join(', ')}];`,
    ...lines,
  ].join('\n');
  mkdirSync('test-results', { recursive: true });
  const outfile = `test-results/${name}.mjs`;
  await build({
    stdin: { contents, resolveDir: '.', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}
