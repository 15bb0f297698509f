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

/** The import path of `path` (a src/ file) from the generated file `from` (also under src/). */
export const relative = (from, path) => {
  const up = from.split('/').length - 2; // folders below src/
  return `${'../'.repeat(up) || './'}${path.replace(/^src\//, '')}`.replace(/\.ts$/, '.js');
};
/** `limber-cta-click` → `LimberCtaClick`. */
export const camel = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
