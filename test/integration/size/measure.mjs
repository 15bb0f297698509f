// What Limber weighs, as shipped: the files `npm run build` wrote to dist/ (one build, measured
// where it is used), each measured on its own, as a server sends it (minified, gzip -9, brotli
// 11); Lit as Limber uses it, bundled here with the build's own plugins; and the peer, nhsuk-
// frontend's CSS + JS (the NHS.UK design system, a dev dependency used only here). The size suite
// (size.test.mjs) holds it to scripts/budgets.json and prints it as a table.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, posix } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import { minify, ts, virtualModules } from '../../../scripts/lib/build-plugins.mjs';
import { ELEMENTS } from '../../../scripts/lib/elements.mjs';
import { TOPICS, TRANSLATIONS, englishName } from '../../../scripts/lib/languages.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);

/** Minified, gzip (level 9) and brotli (quality 11) bytes of one file as served. */
export function measure(code) {
  return {
    min: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Adds up the sizes of files served separately (each compressed on its own, as HTTP does). */
const total = (sizes) =>
  sizes.reduce((sum, s) => ({ min: sum.min + s.min, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), {
    min: 0,
    gzip: 0,
    brotli: 0,
  });

/** Lit as Limber uses it: exactly the APIs Limber imports, bundled and minified as the build does. */
async function litAsUsed() {
  const entry = `export { LitElement, html, css, nothing, adoptStyles, render, svg, isServer } from 'lit';
export { html as staticHtml, literal } from 'lit/static-html.js';
export { property, state } from 'lit/decorators.js';
export { ifDefined } from 'lit/directives/if-defined.js';
export { createContext, ContextConsumer, ContextProvider } from '@lit/context';`;
  const build = await rollup({
    input: 'lit-entry',
    plugins: [virtualModules({ 'lit-entry': entry }), nodeResolve(), ts({ sourceMap: false }), minify()],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  return output.map((chunk) => chunk.code ?? '').join('');
}

/** nhsuk-frontend's own minified CSS and JS, as its dist/ ships them. */
function nhsukFrontend() {
  const dir = require.resolve('nhsuk-frontend/package.json').replace(/package\.json$/, 'dist/nhsuk/');
  const { version } = JSON.parse(readFileSync(require.resolve('nhsuk-frontend/package.json'), 'utf8'));
  const files = ['nhsuk-frontend.min.css', 'nhsuk-frontend.min.js'].map((name) => ({
    name,
    size: measure(readFileSync(`${dir}${name}`, 'utf8')),
  }));
  return { version, files, size: total(files.map((f) => f.size)) };
}

/**
 * Every JavaScript file `npm run build` wrote (dist/ and dist/chunks/), as a server sends it (the
 * source-map comment left out): { fileName, code, imports, dynamicImports } with the relative
 * imports as file names under dist/ (Lit and other bare imports left out), read by es-module-lexer.
 */
async function builtFiles() {
  await init;
  const names = [
    ...readdirSync(dist).filter((name) => name.endsWith('.js')),
    ...readdirSync(join(dist, 'chunks'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => `chunks/${name}`),
  ];
  return names.map((fileName) => {
    const code = readFileSync(join(dist, fileName), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
    const [imports] = parse(code);
    const relative = (list) => list.filter((i) => i.n?.startsWith('.')).map((i) => posix.join(posix.dirname(fileName), i.n));
    return {
      fileName,
      code,
      imports: relative(imports.filter((i) => i.d === -1)),
      dynamicImports: relative(imports.filter((i) => i.d > -1)),
    };
  });
}

/**
 * Resolves to { rows: [label, key, size][], elementRows: { name, own, alone, withContent }[],
 * loading: { label, ok, detail }[] (what loads only when needed), peer }; each size is
 * { min, gzip, brotli } bytes.
 */
export async function measureSizes() {
  const files = await builtFiles();
  const file = (fileName) => files.find((f) => f.fileName === fileName);
  // The per-element build (dist/<element>.js and dist/chunks/); the CDN files are dist/limber*.js.
  const chunks = files.filter((f) => !f.fileName.startsWith('limber'));
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const sized = new Map(chunks.map((chunk) => [chunk.fileName, measure(chunk.code)]));
  const cdn = file('limber.js');
  const hydrate = file('limber-hydrate.js');
  const siblings = TRANSLATIONS.map((code) => file(`limber-${code}.js`));
  const englishTopics = file('limber-en.js');
  /** A file `limber.js` fetches beside itself on first need, by the name `languageChunk` gives it. */
  const sibling = (name) => measure(files.find((f) => new RegExp(`^limber-${name}-[\\w-]{8}\\.js$`).test(f.fileName))?.code ?? '');

  /**
   * Every file `fileName` loads (itself included; Lit and other externals left out): statically,
   * or with `dynamic` also what it may import later.
   */
  function closure(fileName, dynamic = false, seen = new Set()) {
    if (seen.has(fileName) || !byName.has(fileName)) return seen;
    seen.add(fileName);
    const chunk = byName.get(fileName);
    for (const imported of [...chunk.imports, ...(dynamic ? chunk.dynamicImports : [])]) closure(imported, dynamic, seen);
    return seen;
  }
  const chunkNamed = (prefix) => chunks.find((chunk) => chunk.fileName.startsWith(`chunks/${prefix}-`));
  const core = chunkNamed('core');
  const sizeOf = (chunk) => (chunk ? sized.get(chunk.fileName) : measure(''));

  const rows = [
    ['dist/limber.js (Lit, every element, English UI words; no topic’s words)', 'limber.js', measure(cdn.code)],
    [
      'dist/limber-en.js with the English topics it imports (for a page to list beside limber.js)',
      'limber-en.js',
      total([measure(englishTopics.code), ...TOPICS.map((topic) => sibling(`en-${topic}`))]),
    ],
    ['dist/limber-hydrate.js (limber.js by the name older snippets load)', 'limber-hydrate.js', measure(hydrate.code)],
    ['Lit + @lit/context, as Limber uses them', 'lit', measure(await litAsUsed())],
    ['core chunk (base element, rich text, URLs, words, shared styles)', 'core', sizeOf(core)],
    ['validate chunk (validator + schemas: data and provider catalogs)', 'validate', sizeOf(chunkNamed('validate'))],
    ['apa chunk (APA 7 reference formatting)', 'apa', sizeOf(chunkNamed('apa'))],
    // Each topic in each language is a chunk of its own, fetched when an element first needs it.
    ...TOPICS.flatMap((topic) => [
      ...['en', ...TRANSLATIONS].map((code) => [
        `${englishName(code)} content of ${topic} (fetched on its first look-up)`,
        `content-${code}-${topic}`,
        sizeOf(chunkNamed(`content-${code}-${topic}`)),
      ]),
      [`references of ${topic} (shared by its languages)`, `references-${topic}`, sizeOf(chunkNamed(`references-${topic}`))],
      [`limber.js sibling: the English ${topic} (fetched on its first look-up)`, `limber:en-${topic}`, sibling(`en-${topic}`)],
    ]),
    ...TRANSLATIONS.flatMap((code, i) => {
      const name = englishName(code);
      return [
        [`${name} words chunk (fetched on the first ${name} render)`, `words-${code}`, sizeOf(chunkNamed(`words-${code}`))],
        [`dist/limber-${code}.js (${name} words + content, beside limber.js)`, `limber-${code}.js`, measure(siblings[i].code)],
      ];
    }),
    [
      'limber.js sibling: which topic each exercise, tip and person is in (for an element given only an id)',
      'limber:item-topics',
      sibling('item-topics'),
    ],
    ['limber.js sibling: every topic’s names (for the topic index)', 'limber:topic-names', sibling('topic-names')],
    ['limber.js sibling: validator (for data or a catalog only)', 'limber:validate', sibling('validate')],
    ['figure chunk (kinematics + SVG drawing; fetched when a card shows a figure)', 'figure', sizeOf(chunkNamed('figure'))],
    ['guided chunk (guided mode, timer, its words; fetched on Start)', 'guided', sizeOf(chunkNamed('guided'))],
    [
      'limber.js siblings: figure drawing + kinematics (shared with the validator)',
      'limber:figure',
      total([sibling('figure'), sibling('kinematics')]),
    ],
    ['limber.js sibling: guided mode', 'limber:guided', sibling('guided')],
    ['limber.js sibling: fingerprints (SHA-256; only content with clinical sign-offs)', 'limber:fingerprint', sibling('fingerprint')],
    ['remote chunk (<limber-provider src>: fetch, integrity, checks)', 'remote', sizeOf(chunkNamed('remote'))],
    ['structured-data chunk (the article’s JSON-LD, after its first render)', 'structured-data', sizeOf(chunkNamed('structured-data'))],
    [
      'limber.js siblings: remote content + structured data',
      'limber:remote+jsonld',
      total([sibling('remote'), sibling('structured-data')]),
    ],
  ];

  // A page of static cards never loads the guided mode: it is reached only through import().
  const guidedChunk = chunkNamed('guided')?.fileName;
  const staticCards = closure('exercise-card.js');

  const elementRows = ELEMENTS.map(({ name }) => {
    const file = `${name}.js`;
    const alone = total([...closure(file)].map((f) => sized.get(f)));
    // + the English content and references it fetches on its first id look-up (not the other languages or the validator).
    const fetched = [...closure(file, true)].filter((f) => closure(file).has(f) || /^chunks\/(content-en-|references-)/.test(f));
    const withContent = total(fetched.map((f) => sized.get(f)));
    return { name, own: sized.get(file), alone, withContent };
  });

  const loading = [
    {
      label: 'limber.js carries no topic’s words: it imports each English topic only when an element first needs it',
      ok:
        !cdn.imports.some((f) => f.startsWith('limber-en')) &&
        TOPICS.every((topic) => cdn.dynamicImports.some((f) => f.startsWith(`limber-en-${topic}-`))),
      detail: `static: ${cdn.imports.join(', ') || 'none'}; on need: ${cdn.dynamicImports.join(', ')}`,
    },
    {
      label: 'exercise-card.js loads the guided chunk only on Start',
      ok: guidedChunk !== undefined && !staticCards.has(guidedChunk),
      detail: guidedChunk ?? 'no guided chunk',
    },
    {
      label: 'limber.js loads remote content only for a provider with src, and the JSON-LD only after an article renders',
      ok: !cdn.imports.some((file) => /^limber-(remote|structured-data)-/.test(file)),
      detail: cdn.imports.join(', '),
    },
    {
      label: 'limber.js loads the guided sibling only on Start',
      ok: !cdn.imports.some((file) => file.startsWith('limber-guided-')),
      detail: cdn.imports.join(', '),
    },
    {
      label: 'limber.js and exercise-card.js load the fingerprint code only for content with sign-offs',
      ok:
        !cdn.imports.some((file) => file.startsWith('limber-fingerprint-')) &&
        !closure('exercise-card.js').has(chunkNamed('fingerprint')?.fileName ?? ''),
      detail: cdn.imports.join(', '),
    },
  ];

  // The peer: the whole-article page's scripts (limber.js, the English topic it shows, and the
  // siblings an article fetches: its drawings and its JSON-LD; on 2026-11-26 Chromium fetched
  // exactly these for the bench page's article, the first topic) against nhsuk-frontend's CSS + JS,
  // which carry no words. An article fetches its own topic only, however many there are.
  const articleFiles = [
    { name: 'limber.js', size: measure(cdn.code) },
    ...TOPICS.slice(0, 1).map((topic) => ({ name: `limber-en-${topic}-….js`, size: sibling(`en-${topic}`) })),
    ...['figure', 'kinematics', 'structured-data'].map((name) => ({ name: `limber-${name}-….js`, size: sibling(name) })),
  ];
  const limber = total(articleFiles.map((f) => f.size));
  const nhsuk = nhsukFrontend();
  return { rows, elementRows, loading, peer: { limber, files: articleFiles, peer: nhsuk, ratio: limber.gzip / nhsuk.size.gzip } };
}

/** Every measured gzip size by its budget key (`element:<name>` and `alone:<name>` for the entries). */
export function gzipByKey({ rows, elementRows }) {
  return Object.fromEntries([
    ...rows.map(([, key, size]) => [key, size.gzip]),
    ...elementRows.flatMap(({ name, own, alone }) => [
      [`element:${name}`, own.gzip],
      [`alone:${name}`, alone.gzip],
    ]),
  ]);
}
