import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reactWrappers } from './scripts/lib/react-wrappers.mjs';

/** Keeps the manifest to the public API: no private, protected or internal members. */
function publicApiOnly() {
  return {
    name: 'limber-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('_') && !member.static,
          );
        }
      }
    },
  };
}

/**
 * Writes each enum's allowed values into the manifest: a property typed `CareLevel` is listed as
 * `'non-urgent' | 'urgent' | 'emergency'`, so Storybook's autodocs and editors show the choices.
 * The values come from the `export const X = [...] as const` array beside each
 * `export type Y = (typeof X)[number]` in src/ (the one place they are written).
 */
function expandEnums() {
  const unions = new Map();
  const files = readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.ts'));
  const arrays = new Map();
  const aliases = [];
  for (const file of files) {
    const source = readFileSync(join('src', file), 'utf8');
    for (const [, name, body] of source.matchAll(/export const (\w+) = \[([^\]]*)\] as const;/g)) {
      arrays.set(
        name,
        [...body.matchAll(/'([^']*)'/g)].map((m) => m[1]),
      );
    }
    for (const [, alias, array] of source.matchAll(/export type (\w+) = \(typeof (\w+)\)\[number\];/g)) aliases.push([alias, array]);
  }
  for (const [alias, array] of aliases) {
    const values = arrays.get(array);
    if (values) unions.set(alias, values.map((v) => `'${v}'`).join(' | '));
  }
  const expand = (type) => {
    if (type?.text) type.text = type.text.replace(/\b\w+\b/g, (word) => unions.get(word) ?? word);
  };
  return {
    name: 'limber-expand-enums',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) expand(item.type);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts', 'src/limber.ts', 'src/index.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  packagejson: false,
  // The React wrappers are written from the finished manifest (src/react/, not committed).
  plugins: [publicApiOnly(), expandEnums(), reactWrappers()],
};
