/* global module */
/**
 * `npm run lint:imports` (part of `npm run lint`): the import rules dependency-cruiser holds the
 * whole repository to: src/, content/, scripts/, stories/ and test/.
 *
 * 1. No import cycles (type-only imports and `import()` count too).
 * 2. Layers: each layer imports only the layers listed before it (and itself). The list is the one
 *    rule ARCHITECTURE.md draws; `content/` at the top of the repository (the topics' words) sits
 *    with src/content/, which loads it. On top of what ships: the content rules
 *    (scripts/content-rules/), the other tools (scripts/), the sample host data (test/fixtures/),
 *    the stories, then the tests, so nothing imports a test and nothing shipped imports a tool.
 */
const LAYERS = [
  ['model', '^src/model/'],
  ['locale', '^src/locale/'],
  ['i18n', '^src/i18n/'],
  ['content', '^(src/)?content/'],
  ['render', '^src/render/'],
  ['element', '^src/element/'],
  ['components', '^src/components/'],
  ['entries', '^src/([^/]+[.]ts|react/)'],
  // The content rules (the content check, the build's readability, the review sheet) read the
  // article's order from its element, so they sit on top; nothing shipped imports them.
  ['rules', '^scripts/content-rules/'],
  ['scripts', '^scripts/(?!content-rules/)'],
  // Sample host data (a host's own exercise, a person): what the stories show and the tests check.
  ['fixtures', '^test/fixtures/'],
  ['stories', '^(stories|[.]storybook)/'],
  ['test', '^test/(?!fixtures/)'],
];

const layerRules = LAYERS.slice(0, -1).map(([name, path], i) => {
  const above = LAYERS.slice(i + 1);
  return {
    name: `layer-${name}`,
    comment: `${name} may import only ${
      LAYERS.slice(0, i)
        .map(([n]) => `${n}/`)
        .join(', ') || 'itself'
    }: move the code down, or the import up (not ${above.map(([n]) => n).join(', ')}).`,
    severity: 'error',
    from: { path },
    to: { path: above.map(([, p]) => `(${p})`).join('|') },
  };
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A module must not reach itself through its imports: split out what both sides need.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
  },
};
