import nodeResolve from '@rollup/plugin-node-resolve';
import { visualizer } from 'rollup-plugin-visualizer';
import { chunkFor, englishTopicOf, importTogether, isLit, languageChunk, minify, ts } from './scripts/lib/build-plugins.mjs';
import { ELEMENTS } from './scripts/lib/elements.mjs';
import { TOPICS, TRANSLATIONS, topicExport } from './scripts/lib/languages.mjs';

/**
 * Names the files a script fetches on first need after the language they hold
 * (`limber-words-es-<hash>.js`), not after their module. Rollup splits them off by itself: each
 * is reached only through `import()`. (`manualChunks` would move the code they share with the
 * script into them.)
 */
const siblingName = (script) => (chunk) => {
  // One built-in topic in English, fetched when an element first needs it: `limber-en-<topic>-<hash>.js`.
  const topic = englishTopicOf(chunk.facadeModuleId);
  return `${script}-${topic ? `en-${topic}` : (languageChunk(chunk.facadeModuleId ?? '') ?? chunk.name)}-[hash].js`;
};

/**
 * In limber.js, each translation's words and content (`es`: Spanish) are `./limber-<code>.js`, one
 * file with a stable name that a page may also list itself, rather than hashed chunks of their
 * own. English words are in limber.js, and each English topic a hashed sibling of its own
 * (`limber-en-<topic>-<hash>.js`); `limber-en.js`, all of them, is for a page to list.
 */
function translationsFromSiblings() {
  const siblings = new Map(TRANSLATIONS.flatMap((code) => [`words-${code}`, `content-${code}`].map((chunk) => [chunk, code])));
  return {
    name: 'translations-from-siblings',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const code = resolved && siblings.get(languageChunk(resolved.id));
      return code ? { id: `./limber-${code}.js`, external: true } : null;
    },
  };
}

// Types are emitted by `tsc -p tsconfig.build.json`; rollup only transpiles and bundles.

/**
 * `limber-en.js`, every English topic for a page to list beside `limber.js` (render-blocking, for
 * a first paint already filled in): it imports limber.js's own chunk of each topic, so a page whose
 * elements ask for a topic before it has run still fetches each topic once.
 */
function englishTopicsFile() {
  return {
    name: 'english-topics-file',
    generateBundle(_, bundle) {
      const topics = TOPICS.map((topic) => {
        const chunk = Object.values(bundle).find((file) => file.type === 'chunk' && englishTopicOf(file.facadeModuleId) === topic);
        if (!chunk) throw new Error(`limber-en.js: no chunk of limber.js holds the English ${topic}`);
        return { name: topicExport(topic, 'en'), file: chunk.fileName };
      });
      const source = [
        `// Every built-in English topic, registered with the limber.js beside it (see rollup.config.mjs).`,
        `import{provideBuiltInTopics}from"./limber.js";`,
        ...topics.map(({ name, file }) => `import{${name}}from"./${file}";`),
        `export const defaultCatalog={topics:[${topics.map(({ name }) => name).join(',')}]};`,
        `provideBuiltInTopics("en",defaultCatalog.topics);`,
        '',
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: 'limber-en.js', source });
    },
  };
}

/**
 * `npm run size:breakdown`: where the bytes of limber.js go, module by module, measured through
 * its source map after minification (rollup-plugin-visualizer): a treemap and a list in
 * test-results/size-breakdown/. Off in a normal build.
 */
const breakdown = () =>
  process.env.LIMBER_BREAKDOWN
    ? ['treemap', 'list'].map((template) =>
        visualizer({
          template,
          sourcemap: true,
          gzipSize: true,
          filename: `test-results/size-breakdown/limber.${template === 'list' ? 'txt' : 'html'}`,
        }),
      )
    : [];

export default [
  // Per-element ESM for bundler users (`limber-elements/exercise-card.js`): Lit stays a peer
  // import so an app that already has Lit loads it once. Each element's code is in its entry
  // file; shared code in chunks/core-*.js (plus validate-, apa-), the English topic in
  // chunks/content-en-*.js, fetched on first use (see chunkFor).
  {
    input: {
      index: 'src/index.ts',
      react: 'src/react/index.ts',
      'built-in-content': 'src/content/define-built-in.ts',
      // One entry per element of src/elements.json.
      ...Object.fromEntries(ELEMENTS.map((element) => [element.name, element.define])),
    },
    external: (id) => isLit(id) || /^react($|\/)/.test(id),
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: chunkFor,
    },
    plugins: [ts(), importTogether(), minify()],
  },
  // One script for a CMS `<script type="module">`: Lit, every element, English UI words, no
  // topic's words. Each English topic is a sibling file, and each translation's words and topics
  // another (`limber-es.js`), that it imports on first need by a URL relative to itself, so they
  // load from wherever limber.js is served; a page may also list `limber-en.js` (every English
  // topic) or `limber-es.js` render-blocking for a first paint already filled in.
  {
    input: { limber: 'src/limber.ts' },
    // The language chunks import shared code from limber.js itself, not from a chunk of their own.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      chunkFileNames: siblingName('limber'),
    },
    plugins: [translationsFromSiblings(), nodeResolve(), ts(), importTogether(), minify(), englishTopicsFile(), breakdown()],
  },
  // limber-<code>.js (limber-es.js): one translation's words and content, registered with the
  // limber.js beside it.
  ...TRANSLATIONS.map((code) => ({
    input: { [`limber-${code}`]: `src/limber-${code}.ts` },
    external: (id) => id === './limber.js',
    output: { dir: 'dist', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), ts(), minify()],
  })),
  // limber-hydrate.js, the name pre-rendered snippets load: limber.js itself (which hydrates),
  // imported from beside it, so a page listing both loads Limber once.
  {
    input: { 'limber-hydrate': 'src/limber-hydrate.ts' },
    external: (id) => id === './limber.js',
    output: { dir: 'dist', format: 'es', sourcemap: true },
    plugins: [ts()],
  },
];
