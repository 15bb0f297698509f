// The built-in content as Node sees it, for check:content and build-content: every
// content/<topic>/<locale>.ts, and TypeScript modules loaded through one esbuild bundle (Node 20
// cannot strip types).
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const LOCALE_FILE = /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.ts$/;

/** Every topic text: `{ dir, file }` for content/<dir>/<file> where the file is named by a locale. */
export function topicFiles() {
  return readdirSync('content', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join('content', d.name))
        .filter((f) => LOCALE_FILE.test(f))
        .map((f) => ({ dir: d.name, file: f })),
    );
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
