// The transpiler and minifier settings every Limber bundle uses: the published build
// (rollup.config.mjs) and the pre-renderer (prerender.mjs), so the templates Lit SSR renders are
// the very strings that ship and hydration's digests match.
import typescript from '@rollup/plugin-typescript';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import terser from '@rollup/plugin-terser';
import { TOPICS } from './languages.mjs';

/**
 * Lit's own template minifier for the text of every html`` and css`` template (terser leaves
 * template literals alone): CSS through lightningcss; HTML whitespace collapsed conservatively,
 * a run of it becoming one space, never none, so inline neighbours keep their gap. A template
 * it cannot minify fails the build. test/minify-css.test.ts proves, in Chromium, that each
 * element's stylesheet parses to the same rules after it.
 */
export const MINIFY_TEMPLATE_OPTIONS = {
  strategy: {
    ...defaultStrategy,
    // A static tag name (`<${tag}>`, lit/static-html.js: headings of any level) stands where the
    // HTML parser wants a name: it is minified as a stand-in element and put back after.
    async minifyHTML(html, options) {
      const [placeholder] = /@TEMPLATE_EXPRESSION_*\(\);/.exec(html) ?? [];
      if (!placeholder) return defaultStrategy.minifyHTML(html, options);
      const stand = 'limber-static-tag';
      const named = html.replaceAll(`</${placeholder}>`, `</${stand}>`).replaceAll(`<${placeholder}`, `<${stand}`);
      const min = await defaultStrategy.minifyHTML(named, options);
      return min.replaceAll(`</${stand}>`, `</${placeholder}>`).replaceAll(`<${stand}`, `<${placeholder}`);
    },
  },
  minifyOptions: {
    caseSensitive: true,
    collapseWhitespace: true,
    conservativeCollapse: true,
    removeComments: true,
    removeEmptyAttributes: false,
    minifyCSS: { minify: true },
  },
};

/**
 * TypeScript to JavaScript, templates minified first. `noCheck`: types are checked once, by `tsc`
 * (`npm run build` emits the declarations with it; `npm test` type-checks everything), not again
 * by each bundle. TypeScript rather than esbuild: its decorators share tslib's helper, where
 * esbuild writes one into every element's file (about 70 B gzip each).
 */
export const ts = ({ sourceMap = true } = {}) => [
  minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true, options: MINIFY_TEMPLATE_OPTIONS }),
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts', 'content/**/*.ts'],
    compilerOptions: { noEmit: false, noCheck: true, declaration: false, sourceMap, allowImportingTsExtensions: false },
  }),
];

/**
 * A dynamic import asks for the files its target imports at the same time as the target itself
 * (`Promise.all([import(target), import(dependency)…])`), as Vite's preloading does: the browser
 * would otherwise discover them only once the target had arrived and been parsed, one round trip
 * later (in limber.js the drawing imports its kinematics, a file of their own because the
 * validator shares them). Files the importing file already has are left out.
 */
export const importTogether = () => ({
  name: 'import-together',
  renderDynamicImport({ chunk, getTargetChunkImports }) {
    // Chunks the importing file imports itself are loaded already (core, for an element's entry).
    const loaded = new Set(chunk.moduleIds.flatMap((id) => this.getModuleInfo(id)?.importedIds ?? []));
    const together = (getTargetChunkImports() ?? []).filter(
      (dep) => dep.type === 'internal' && dep.fileName !== chunk.fileName && !dep.chunk.moduleIds.some((id) => loaded.has(id)),
    );
    if (together.length === 0) return null;
    const imports = together.map((dep) => `import(${dep.resolvedImportPath})`).join(',');
    return { left: 'Promise.all([import(', right: `),${imports}]).then((modules)=>modules[0])` };
  },
});

/** Modules that exist only in memory (an entry that imports what is to be bundled). */
export function virtualModules(modules) {
  return {
    name: 'virtual-modules',
    resolveId: (id) => (id in modules ? id : null),
    load: (id) => (id in modules ? modules[id] : null),
  };
}

export const minify = () => terser({ ecma: 2020, module: true, format: { comments: false } });

const posix = (id) => id.replaceAll('\\', '/');

/** Lit and its packages: external to the per-element build, left out of "beyond Lit" figures. */
export const isLit = (id) => /^(lit|lit-html|lit-element)($|\/)|^@lit\//.test(id);

/** A file of a built-in topic (`content/<topic>/`, each topic of src/languages.json). */
export const isBuiltInTopic = (id) => TOPICS.some((topic) => posix(id).includes(`/content/${topic}/`));

/** The built-in topic whose English text module `id` is (`content/<topic>/en.ts`), else undefined. */
export const englishTopicOf = (id) => TOPICS.find((topic) => posix(id ?? '').endsWith(`/content/${topic}/en.ts`));

// A language tag as file names use it: `es`, `es-MX`, `zh-Hant`, `es-419` (not `per-locale`).
const LANGUAGE_TAG = '[a-z]{2,3}(?:-(?:[A-Z]{2}|[0-9]{3}|[A-Z][a-z]{3}))*';

/**
 * The chunk of a module that belongs to one language, fetched only by pages in it: `content-es`
 * (a topic's text, `content/<topic>/es.ts` and `exercises.es.ts`), `words-es` (UI words,
 * `src/i18n/es.ts`), `pseudo` (the test pseudo-locales' words) and `pseudo-content` (their topics,
 * which read the topic schema, so the validator comes with them and not with the words). Undefined
 * for everything else.
 */
export function languageChunk(id) {
  const path = posix(id);
  if (path.endsWith('/src/i18n/pseudo.ts')) return 'pseudo';
  // The schema's field walk goes with its one bundled user, not into the validator every catalog loads.
  if (/\/src\/content\/(pseudo-catalog|validation\/fields)\.ts$/.test(path)) return 'pseudo-content';
  const words = new RegExp(`/src/i18n/(${LANGUAGE_TAG})\\.ts$`).exec(path);
  if (words) return `words-${words[1]}`;
  const content = new RegExp(`/content/[^/]+/(?:[a-z]+\\.)?(${LANGUAGE_TAG})\\.ts$`).exec(path);
  if (content && content[1] !== 'en') return `content-${content[1]}`;
  return undefined;
}

/**
 * Groups the per-element build into chunks a reader can name: `content-<lang>-<topic>` (one
 * built-in topic in one language) and `references-<topic>`, `validate` (the validator and its schemas, for `data` and provider catalogs), `apa`
 * (reference formatting, for reference lists), `fingerprint` (for content with sign-offs), `core`
 * (what every element shares: base element,
 * rich text, URL policy, catalog look-up, context, words, shared styles). Each element folder is
 * grouped with its `define.ts`, so it lands in its own entry file (`dist/<name>.js`) rather than
 * in a chunk shared by the entries that nest it. An element loads only the chunks it uses.
 */
export function chunkFor(id) {
  const path = posix(id);
  // An entry of its own (built-in-content.js), and every English topic at once (its and the
  // index's `defaultCatalog`): in `core` they would take core over, content and all.
  if (/\/src\/content\/(define-built-in|default-catalog)\.ts$/.test(path)) return undefined;
  // Each topic in each language its own chunk (`content-en-<topic>`, `content-es-<topic>`), and its
  // references and figures' poses, shared by its languages, another (`references-<topic>`): a
  // page fetches the topics it shows. Its codes go with every topic's (below).
  const topic = TOPICS.find((id) => path.includes(`/content/${id}/`));
  if (topic && !path.endsWith('/codes.ts')) {
    if (/\/(references|figures)\.ts$/.test(path)) return `references-${topic}`;
    return `content-${languageChunk(path)?.replace(/^content-/, '') ?? 'en'}-${topic}`;
  }
  const language = languageChunk(path);
  if (language) return language;
  // Fetched when an element or provider is given a diagnosis code: every topic's codes and the matching rules.
  if (
    /\/src\/(content\/(codes|code-lookup|topic-codes)|model\/code)\.ts$/.test(path) ||
    (isBuiltInTopic(path) && path.endsWith('/codes.ts'))
  )
    return 'codes';
  // Fetched when an element is given only an exercise, tip or person id (which topic has it), and by a topic index (every topic's names).
  if (path.endsWith('/src/content/item-topics.ts')) return 'item-topics';
  if (path.endsWith('/src/content/topic-names.ts')) return 'topic-names';
  if (/\/src\/content\/(validate\.ts$|validation\/(?!result\.ts$))/.test(path)) return 'validate';
  if (/\/src\/(content|render)\/apa\.ts$/.test(path)) return 'apa';
  // Fetched on first need by exercise cards: the drawing (and the validator's pose checks), and the guided mode.
  if (/\/src\/(model\/(kinematics|camera)|components\/exercise-card\/figure\/(figure|scene))\.ts$/.test(path)) return 'figure';
  if (/\/src\/(components\/exercise-card|i18n)\/guided\//.test(path)) return 'guided';
  // Fetched when a provider is given `src`: the remote content package's fetch and checks.
  if (path.endsWith('/src/components/provider/remote.ts')) return 'remote';
  // Fetched only for content that carries clinical sign-offs: the SHA-256 fingerprint of an item.
  if (path.endsWith('/src/content/fingerprint.ts')) return 'fingerprint';
  // Fetched after an article's first render: its schema.org JSON-LD.
  if (path.endsWith('/src/components/article/structured-data.ts')) return 'structured-data';
  const element = /\/src\/components\/([^/]+)\//.exec(path);
  if (element) return `el-${element[1]}`;
  if (/\/src\/(model|locale|i18n|content|render|element)\/|\/node_modules\/tslib\//.test(path)) return 'core';
  return undefined;
}
