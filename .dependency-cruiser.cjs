/* global module */
/**
 * `npm run lint:imports` (part of `npm run lint`): the import rules dependency-cruiser holds src/
 * and scripts/ to.
 *
 * 1. No import cycles (type-only imports and `import()` count too).
 * 2. Layers: each folder of src/ imports only the folders listed before it (and itself). The list
 *    is the one rule ARCHITECTURE.md draws; `content/` at the top of the repository (the topics'
 *    words) sits with src/content/, which loads it, and imports only src/model/; content/rules/,
 *    the editorial rules the topics are held to, is a tool on top of everything.
 */
const LAYERS = [
  ['model', '^src/model/'],
  ['locale', '^src/locale/'],
  ['i18n', '^src/i18n/'],
  ['content', '^(src/)?content/(?!rules/)'],
  ['render', '^src/render/'],
  ['element', '^src/element/'],
  ['components', '^src/components/'],
  ['entries', '^src/([^/]+[.]ts|react/)'],
  // The content rules (the content check, the build's readability, the review sheet) read the
  // article's order from its element, so they sit on top; nothing shipped imports them.
  ['rules', '^content/rules/'],
];

const layerRules = LAYERS.slice(0, -1).map(([name, path], i) => {
  const above = LAYERS.slice(i + 1);
  return {
    name: `layer-${name}`,
    comment: `src/${name}/ may import only ${
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
