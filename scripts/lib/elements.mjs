// The element registry (src/elements.json) as the build scripts read it.
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

/**
 * Each element with its derived paths: `tag` (limber-<name>), `folder` (src/components/<name>
 * unless given), `source` (<folder>/<name>.ts), `define` (<folder>/define.ts) and `dist`
 * (the per-element module, dist/<name>.js).
 */
export const ELEMENTS = JSON.parse(readFileSync(new URL('src/elements.json', root), 'utf8')).elements.map((entry) => {
  const folder = entry.folder ?? `src/components/${entry.name}`;
  return {
    usage: [],
    required: [],
    ...entry,
    tag: `limber-${entry.name}`,
    folder,
    source: `${folder}/${entry.name}.ts`,
    define: `${folder}/define.ts`,
    dist: `dist/${entry.name}.js`,
  };
});
