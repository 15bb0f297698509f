// Mutation testing of the pure content modules (npm run check -- mutation): Stryker changes their
// code one mutant at a time and runs the Node-side tests (mocha, TypeScript through tsx) that
// cover it; a mutant no test notices is a gap in the tests (or an equivalent change, listed in
// the issue note). Stryker 9: Stryker 10 needs Node 22.
// Read by the property tests: fewer runs per mutant (the workers inherit this environment).
process.env.LIMBER_MUTATION = '1';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'src/content/apa.ts',
    'src/content/catalog.ts',
    'src/content/care-signs.ts',
    'src/content/rich-text.ts',
    'src/content/urls.ts',
    'src/content/validate.ts',
    'src/content/validation/*.ts',
    'src/locale/chain.ts',
    'src/i18n/es.ts',
    'src/i18n/pseudo.ts',
    'scripts/content-rules/translation.ts',
    'src/model/kinematics.ts',
    'src/components/exercise-card/guided/session.ts',
    'src/content/review.ts',
    'src/content/codes.ts',
    'src/components/topic-index/entries.ts',
  ],
  testRunner: 'mocha',
  mochaOptions: {
    spec: ['test/node/**/*.test.ts'],
    // Whole scripts in a child process: slow, and they test no mutated module directly. The
    // documents' and the generated files' tests read the repository as committed, which Stryker's
    // sandbox changes (it copies only part of it, and marks each TypeScript file `@ts-nocheck`).
    ignore: [
      'test/node/prerender.test.ts',
      'test/node/check-content-script.test.ts',
      'test/node/review-sheet.test.ts',
      'test/node/doc-paths.test.ts',
      'test/node/doc-figures.test.ts',
      'test/node/elements.test.ts',
      'test/node/test-lists.test.ts',
    ],
  },
  testRunnerNodeArgs: ['--import', 'tsx'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html'],
  // The score table and each surviving mutant; not every test's kill count.
  clearTextReporter: { logTests: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 85, break: 85 },
  concurrency: 2,
  // Incremental: only mutants in changed code, or covered by changed tests, run again; the rest
  // come from this committed file. `npm run test:mutation:full` runs every mutant and rewrites it.
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  timeoutMS: 5000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
