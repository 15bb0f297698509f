/* global module */
/**
 * `npm run lint:imports` (part of `npm run lint`): the import rules dependency-cruiser holds src/
 * and scripts/ to. For now one: no import cycles (type-only imports and `import()` count too).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A module must not reach itself through its imports: split out what both sides need.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
  },
};
