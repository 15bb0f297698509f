// The built-in content as Node sees it, for the content check, build-content and the review sheet:
// every content/<topic>/<locale>.ts, and TypeScript modules imported through tsx (Node 20 cannot
// strip types itself).
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { LANGUAGES, TOPICS } from './languages.mjs';

const root = new URL('../../', import.meta.url).href;

/** Every topic text: `{ dir, file }` for content/<topic>/<language>.ts, each topic in each language of src/languages.json. */
export function topicFiles() {
  return TOPICS.flatMap((dir) => LANGUAGES.map((code) => ({ dir, file: `${code}.ts` })));
}

/**
 * Imports `lines` (TypeScript imports and exports, paths from the repository root) through tsx,
 * with each topic text exported in `topics` as `{ dir, file, topic }`.
 */
export async function loadTs(name, lines) {
  const topics = topicFiles();
  const contents = [
    ...topics.map((t, i) => `import topic${i} from './content/${t.dir}/${t.file}';`),
    `export const topics = [${topics.map((t, i) => `{ dir: ${JSON.stringify(t.dir)}, file: ${JSON.stringify(t.file)}, topic: topic${i} }`).join(', ')}];`,
    ...lines,
  ]
    .join('\n')
    .replace(/from '\.\//g, `from '${root}`);
  mkdirSync('test-results', { recursive: true });
  const entry = `test-results/${name}.ts`;
  writeFileSync(entry, contents);
  return tsImport(pathToFileURL(entry).href, import.meta.url);
}
