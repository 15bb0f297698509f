import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// Types are emitted by `tsc -p tsconfig.build.json`; rollup only transpiles and bundles.
const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts', 'content/**/*.ts'],
    compilerOptions: { noEmit: false, declaration: false, sourceMap: true, allowImportingTsExtensions: false },
    noEmitOnError: true,
  });

const minify = () => terser({ ecma: 2020, module: true, format: { comments: false } });

export default [
  // Per-element ESM for bundler users (`limber-elements/exercise-card.js`): Lit stays a peer
  // import so an app that already has Lit loads it once.
  {
    input: {
      index: 'src/index.ts',
      react: 'src/react/index.ts',
      provider: 'src/context/define.ts',
      'exercise-card': 'src/components/exercise-card/define.ts',
      'exercise-list': 'src/components/exercise-list/define.ts',
      'cite': 'src/components/cite/define.ts',
      'citations': 'src/components/citations/define.ts',
      'causes': 'src/components/causes/define.ts',
      'treatment-list': 'src/components/treatment-list/define.ts',
      'tip': 'src/components/tip/define.ts',
      'care-card': 'src/components/care-card/define.ts',
      'expert-card': 'src/components/expert-card/define.ts',
      'expert-list': 'src/components/expert-list/define.ts',
      'disclaimer': 'src/components/disclaimer/define.ts',
      'cta': 'src/components/cta/define.ts',
      'article': 'src/components/article/define.ts',
    },
    external: [/^lit($|\/)/, /^@lit\//, /^react($|\/)/],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [ts(), minify()],
  },
  // One self-contained file for a CMS `<script type="module">`: Lit, every element, English content.
  {
    input: 'src/limber.ts',
    output: { file: 'dist/limber.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), ts(), minify()],
  },
];
