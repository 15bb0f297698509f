// Everything written from the one list of elements (src/elements.json) and the one list of
// languages and topics (src/languages.json).
//
// `sourceFiles()`: the source files git ignores, written by `npm run generate` (which `npm ci`,
// `npm test`, the build, Storybook and every check run first): src/limber.ts, src/define-all.ts;
// from the languages src/locale/languages.ts, the loaders (src/i18n/locales.ts,
// src/i18n/guided/locales.ts, src/content/topic-loaders.ts), src/content/default-catalog.ts and
// src/limber-<code>.ts. `documentFiles()`: the README's element table (between `elements:start`
// and `elements:end`), from the list and the Custom Elements Manifest, which `npm run
// sync:elements` writes and test/node/elements.test.ts checks. The React wrappers are written by
// the build (scripts/lib/react-wrappers.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { ELEMENTS, relative } from './elements.mjs';
import { elementApi } from './element-api.mjs';
import { languageSources } from './language-sources.mjs';
import { directorySources } from './topic-directory.mjs';

const GENERATED = 'Written by `npm run generate` from src/elements.json (git ignores it): edit that, not this.';

/** The manifest of src/ as it is now (the analyzer, into a cache folder: dist/ may not exist). */
function currentManifest() {
  const cemDir = 'node_modules/.cache/limber-cem';
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--outdir', cemDir, '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return JSON.parse(readFileSync(`${cemDir}/custom-elements.json`, 'utf8'));
}

function limberTs() {
  return `/** The CDN bundle: registers every Limber element and carries Lit and the built-in content. ${GENERATED} */
// Lit's hydration support before anything loads Lit: an element whose shadow root arrived
// pre-rendered (declarative shadow DOM) is hydrated in place, whichever snippet or script came first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
${ELEMENTS.map((e) => `import '${relative('src/limber.ts', e.define)}';`).join('\n')}

export * from './api.js';
`;
}

function defineAllTs() {
  return `// ${GENERATED}
${ELEMENTS.map((e) => `import { ${e.class} } from '${relative('src/define-all.ts', e.source)}';`).join('\n')}

export { ${ELEMENTS.map((e) => e.class).join(', ')} };

/** Every Limber tag with its class, for registering them all at once. */
export const LIMBER_ELEMENTS: Readonly<Record<string, CustomElementConstructor>> = {
${ELEMENTS.map((e) => `  '${e.tag}': ${e.class},`).join('\n')}
};

/**
 * Registers every Limber element in \`registry\`: how a second, different version of Limber shares
 * a page with the first. Give it a scoped registry (\`new CustomElementRegistry()\`) and put its
 * elements in a shadow root attached with that registry; the usual tag names then mean this
 * version inside that root, and the first version everywhere else.
 */
export function defineAllIn(registry: CustomElementRegistry): void {
  for (const [tag, element] of Object.entries(LIMBER_ELEMENTS)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}
`;
}

function replaceBetween(text, start, end, body, file) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`${file}: markers ${start} … ${end} not found`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

function readmeTable(current, apiOf) {
  const rows = ELEMENTS.map((e) => {
    const { attributes, summary } = apiOf(e);
    const shown = e.usage.map((name) => {
      const attribute = attributes.find((a) => a.name === name);
      if (!attribute) throw new Error(`${e.tag}: usage names "${name}", which is not an attribute`);
      const values = [...(attribute.type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
      return `${name}="${values.length > 0 ? values.join('\\|') : '…'}"`;
    });
    const text = summary.replace(/\.$/, '');
    return `| \`<${[e.tag, ...shown].join(' ')}>\` | ${text.charAt(0).toLowerCase()}${text.slice(1)} |`;
  });
  const table = ['| element | shows |', '|---|---|', ...rows].join('\n');
  return replaceBetween(current, '<!-- elements:start (npm run sync:elements) -->', '<!-- elements:end -->', table, 'README.md');
}

async function pretty(file, text) {
  if (file.endsWith('.md') || file.endsWith('.json')) return text;
  const options = (await resolveConfig(file)) ?? {};
  return format(text, { ...options, filepath: file });
}

/** Each generated source file as `[file, text]`, formatted as Prettier would. */
export async function sourceFiles() {
  const outputs = [
    ['src/limber.ts', limberTs()],
    ['src/define-all.ts', defineAllTs()],
    ...languageSources(),
    ...(await directorySources()),
  ];
  return Promise.all(outputs.map(async ([file, text]) => [file, await pretty(file, text)]));
}

/** Each document written from the lists: `{ file, list, current, wanted }`. */
export async function documentFiles() {
  const apiOf = elementApi(currentManifest());
  const current = readFileSync('README.md', 'utf8');
  return [{ file: 'README.md', list: 'src/elements.json', current, wanted: readmeTable(current, apiOf) }];
}
