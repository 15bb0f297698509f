import nodeResolve from '@rollup/plugin-node-resolve';
import { chunkFor, isLit, minify, ts } from './scripts/lib/build-plugins.mjs';
import { ELEMENTS } from './scripts/lib/elements.mjs';

// Types are emitted by `tsc -p tsconfig.build.json`; rollup only transpiles and bundles.

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
    plugins: [ts(), minify()],
  },
  // One self-contained file for a CMS `<script type="module">`: Lit, every element, English content.
  {
    input: 'src/limber.ts',
    output: { file: 'dist/limber.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), ts(), minify()],
  },
  // The same for pages pre-rendered with `npm run prerender`: hydrates declarative shadow DOM.
  {
    input: 'src/limber-hydrate.ts',
    output: { file: 'dist/limber-hydrate.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), ts(), minify()],
  },
];
