// `npm run size`: what Limber weighs, as shipped, against the budgets in scripts/budgets.json.
// Builds in memory with rollup.config.mjs itself (no stale dist/ can mislead), then prints:
//   1. dist/limber.js, Lit as Limber uses it, the shared core, the English content, the Spanish
//      words and content (and the files limber.js fetches beside itself for them);
//   2. each per-element entry: its own file, everything it loads beyond Lit on its own, and that
//      plus the English content it fetches when it first looks an id up;
//   3. the peer ratio: the whole-article page against nhsuk-frontend's CSS + JS (scripts/size-peer.mjs).
// Each file is compressed on its own, as a server sends it. Exits 1 when a budget is exceeded,
// and with `--check` also when a goal listed in budgets.goals.enforced is missed.
// `--update` rewrites the budgets to measured + 10 % (rounded up to 10 bytes).
import { ELEMENTS } from './lib/elements.mjs';
import { createReport } from './lib/report.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';
import { bundleOne, LIT_ENTRY, measure, total } from './lib/sizes.mjs';
import { comparePeers } from './size-peer.mjs';
import { TRANSLATIONS, englishName } from './lib/languages.mjs';

const BUDGETS_FILE = new URL('./budgets.json', import.meta.url);
const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));
const update = process.argv.includes('--update');

async function generate(options) {
  const build = await rollup({ ...options, onwarn: () => {} });
  const outputs = [options.output].flat();
  const { output } = await build.generate({ ...outputs[0], sourcemap: false });
  await build.close();
  return output.filter((item) => item.type === 'chunk');
}

const [perElementConfig, cdnConfig, ...rest] = config;
const translationConfigs = rest.slice(0, TRANSLATIONS.length);
const hydrateConfig = rest[TRANSLATIONS.length];
const chunks = await generate(perElementConfig);
const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
const sized = new Map(chunks.map((chunk) => [chunk.fileName, measure(chunk.code)]));
const cdnChunks = await generate(cdnConfig);
const cdn = cdnChunks.find((chunk) => chunk.isEntry);
const [hydrate] = (await generate(hydrateConfig)).filter((chunk) => chunk.isEntry);
const siblings = await Promise.all(translationConfigs.map(async (options) => (await generate(options))[0]));
/** A file `limber.js` fetches beside itself on first need, by the name `languageChunk` gives it. */
const sibling = (name) => measure(cdnChunks.find((chunk) => chunk.fileName.startsWith(`limber-${name}-`))?.code ?? '');

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
const content = chunkNamed('content-en');
const sizeOf = (chunk) => (chunk ? sized.get(chunk.fileName) : measure(''));

const rows = [
  ['dist/limber.js (Lit, every element, English content)', 'limber.js', measure(cdn.code)],
  ['dist/limber-hydrate.js (limber.js by the name older snippets load)', 'limber-hydrate.js', measure(hydrate.code)],
  ['Lit + @lit/context, as Limber uses them', 'lit', measure(await bundleOne('lit-entry', { modules: { 'lit-entry': LIT_ENTRY } }))],
  ['core chunk (base element, rich text, URLs, words, shared styles)', 'core', sizeOf(core)],
  ['validate chunk (validator + schemas: data and provider catalogs)', 'validate', sizeOf(chunkNamed('validate'))],
  ['apa chunk (APA 7 reference formatting)', 'apa', sizeOf(chunkNamed('apa'))],
  ['English content chunk (fetched on the first id look-up)', 'content', sizeOf(content)],
  ['references chunk (shared by every language)', 'references', sizeOf(chunkNamed('references'))],
  ...TRANSLATIONS.flatMap((code, i) => {
    const name = englishName(code);
    return [
      [`${name} words chunk (fetched on the first ${name} render)`, `words-${code}`, sizeOf(chunkNamed(`words-${code}`))],
      [`${name} content chunk (fetched on the first ${name} look-up)`, `content-${code}`, sizeOf(chunkNamed(`content-${code}`))],
      [`dist/limber-${code}.js (${name} words + content, beside limber.js)`, `limber-${code}.js`, measure(siblings[i].code)],
    ];
  }),
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
  ['limber.js siblings: remote content + structured data', 'limber:remote+jsonld', total([sibling('remote'), sibling('structured-data')])],
];

// A page of static cards never loads the guided mode: it is reached only through import().
const guidedChunk = chunkNamed('guided')?.fileName;
const staticCards = closure('exercise-card.js');

const elementRows = ELEMENTS.map(({ name }) => {
  const file = `${name}.js`;
  const alone = total([...closure(file)].map((f) => sized.get(f)));
  // + the English content and references it fetches on its first id look-up (not the other languages or the validator).
  const fetched = [...closure(file, true)].filter((f) => closure(file).has(f) || /^chunks\/(content-en|references)-/.test(f));
  const withContent = total(fetched.map((f) => sized.get(f)));
  return { name, own: sized.get(file), alone, withContent };
});

// The table shows every figure; the report lists only budgets broken and goals missed.
const { report, finish } = createReport('size', { quiet: true });
report(
  guidedChunk !== undefined && !staticCards.has(guidedChunk),
  'exercise-card.js loads the guided chunk only on Start',
  guidedChunk ?? 'no guided chunk',
);
report(
  !cdn.imports.some((file) => /^limber-(remote|structured-data)-/.test(file)),
  'limber.js loads remote content only for a provider with src, and the JSON-LD only after an article renders',
  cdn.imports.join(', '),
);
report(
  !cdn.imports.some((file) => file.startsWith('limber-guided-')),
  'limber.js loads the guided sibling only on Start',
  cdn.imports.join(', '),
);
report(
  !cdn.imports.some((file) => file.startsWith('limber-fingerprint-')) &&
    !closure('exercise-card.js').has(chunkNamed('fingerprint')?.fileName ?? ''),
  'limber.js and exercise-card.js load the fingerprint code only for content with sign-offs',
  cdn.imports.join(', '),
);
const measured = {};
function check(key, bytes) {
  measured[key] = bytes;
  const budget = budgets.gzip[key];
  if (budget === undefined) return ' (no budget)';
  return report(bytes <= budget, `${key} ≤ ${budget} B gzip`, `${bytes} B`) ? ` ≤ ${budget}` : ` OVER ${budget}`;
}

const pad = (value, width) => String(value).padStart(width);
console.log(`${'what'.padEnd(68)}${pad('min', 8)}${pad('gzip', 8)}${pad('brotli', 8)}  budget (gzip)`);
for (const [label, key, s] of rows)
  console.log(`${label.padEnd(68)}${pad(s.min, 8)}${pad(s.gzip, 8)}${pad(s.brotli, 8)} ${check(key, s.gzip)}`);

console.log(
  `\n${'per-element entry (gzip bytes)'.padEnd(24)}${pad('own', 8)}  ${'budget'.padEnd(10)}${pad('alone', 8)}  ${'budget'.padEnd(10)}${pad('+content', 10)}`,
);
for (const { name, own, alone, withContent } of elementRows) {
  const ownCheck = check(`element:${name}`, own.gzip);
  const aloneCheck = check(`alone:${name}`, alone.gzip);
  console.log(
    `${name.padEnd(24)}${pad(own.gzip, 8)} ${ownCheck.padEnd(11)}${pad(alone.gzip, 8)} ${aloneCheck.padEnd(11)}${pad(withContent.gzip, 10)}`,
  );
}
console.log(`own: the element's entry file (its code and styles; nested elements and shared chunks not counted).
alone: everything that entry loads up front beyond Lit when it is the only Limber import (shared chunks, nested elements).
+content: alone plus the English content and references it fetches on its first id look-up (never, with a provider catalog or data that cites nothing).\nA Spanish page fetches words-es and content-es instead of content-en; the validator is fetched only for data or a provider catalog.`);

// The peer: the whole-article page's scripts (limber.js, content inside, and the siblings an
// article fetches: its drawings and its JSON-LD) against nhsuk-frontend's CSS + JS.
const articleFiles = [
  { name: 'limber.js', size: measure(cdn.code) },
  ...['figure', 'kinematics', 'structured-data'].map((name) => ({ name: `limber-${name}-….js`, size: sibling(name) })),
];
const peer = comparePeers(articleFiles);
console.log(`\npeer: a whole-article page against nhsuk-frontend ${peer.peer.version} (each file on its own, gzip -9)${''.padEnd(0)}`);
for (const { name, size } of [
  ...peer.files,
  ...peer.peer.files.map((f) => ({ name: `nhsuk-frontend/dist/nhsuk/${f.name}`, size: f.size })),
])
  console.log(`  ${name.padEnd(66)}${pad(size.min, 8)}${pad(size.gzip, 8)}${pad(size.brotli, 8)}`);
console.log(
  `  ${'Limber whole-article page, total'.padEnd(66)}${pad(peer.limber.min, 8)}${pad(peer.limber.gzip, 8)}${pad(peer.limber.brotli, 8)}`,
);
console.log(
  `  ${'nhsuk-frontend CSS + JS, total'.padEnd(66)}${pad(peer.peer.size.min, 8)}${pad(peer.peer.size.gzip, 8)}${pad(peer.peer.size.brotli, 8)}`,
);
console.log(`ratio Limber article page / nhsuk-frontend (gzip): ${peer.ratio.toFixed(2)} (goal ≤ ${budgets.peerRatio})`);
// Budgets guard against regressions and always gate. The goals (limber.js, the peer ratio) gate
// with --check once listed in budgets.goals.enforced; until they are met they are reported.
const goal = (key, ok, label, detail) => {
  const enforced = process.argv.includes('--check') && budgets.goals.enforced.includes(key);
  report(ok, enforced ? label : `${label} (issue 17, reported)`, detail, { enforced });
};
goal(
  'peerRatio',
  peer.ratio <= budgets.peerRatio,
  `peer ratio ≤ ${budgets.peerRatio} (article page / nhsuk-frontend)`,
  peer.ratio.toFixed(2),
);
goal(
  'limber.js',
  measured['limber.js'] <= budgets.goals['limber.js'],
  `limber.js ≤ ${budgets.goals['limber.js']} B gzip (goal)`,
  `${measured['limber.js']} B`,
);

if (update) {
  const tightened = Object.fromEntries(Object.entries(measured).map(([key, bytes]) => [key, Math.ceil((bytes * 1.1) / 10) * 10]));
  // The ceilings stay ceilings: tightening never loosens a budget.
  for (const key of Object.keys(tightened))
    if (budgets.gzip[key] !== undefined) tightened[key] = Math.min(tightened[key], budgets.gzip[key]);
  writeFileSync(BUDGETS_FILE, `${JSON.stringify({ ...budgets, gzip: tightened }, null, 2)}\n`);
  console.log('\nbudgets.json: every budget set to measured + 10 %');
}
finish();
