// The figures README.md and BENCHMARKS.md quote, written by the commands that measure them:
// between `<!-- figures:<name>:start -->` and `<!-- figures:<name>:end -->` markers. `npm run
// size -- --write` writes the byte figures, `BENCH_RECORD=1 npm run check -- bench` the speed figures (from
// test/bench/results/latest.json); the size check and the Node tests fail when a block has drifted.
import { readFileSync, writeFileSync } from 'node:fs';
import { budgetOf } from './budgets.mjs';

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const num = (value) => value.toLocaleString('en-US');
const ratio = (value) => `${value.toFixed(2)}×`;
/** The span of `values` (bytes) in KB: `14.0–34.1 KB`, or one figure when they round alike. */
const range = (values) =>
  kb(Math.min(...values)) === kb(Math.max(...values))
    ? kb(Math.max(...values))
    : `${(Math.min(...values) / 1000).toFixed(1)}–${kb(Math.max(...values))}`;

/** The byte blocks, from `measureSizes()` and budgets.json. */
export function sizeBlocks({ rows, elementRows, peer }, budgets) {
  const row = (key) => rows.find(([, k]) => k === key)?.[2] ?? { min: 0, gzip: 0, brotli: 0 };
  const sibling = (name) => peer.files.find((file) => file.name === `limber-${name}-….js`)?.size.gzip ?? 0;
  const readme = [
    `- \`dist/limber.js\`, Lit and all ${elementRows.length} elements with their English words, no topic's words:`,
    `  **${kb(row('limber.js').gzip)} gzip**. It fetches each topic an element shows from beside itself on first need`,
    `  (${range(rows.filter(([, key]) => key.startsWith('limber:en-')).map(([, , size]) => size.gzip))} per English topic); a page may also list \`limber-en.js\` (every English topic,`,
    `  ${kb(row('limber-en.js').gzip)}) for a first paint already filled in. A page with exercise cards fetches the drawing`,
    `  and its kinematics (${kb(row('limber:figure').gzip)}, both asked for at once), and the guided mode (${kb(row('limber:guided').gzip)}) only`,
    `  when someone presses Start; an article fetches its JSON-LD writer (${kb(sibling('structured-data'))}) after it renders;`,
    `  Spanish pages add \`limber-es.js\`, ${kb(row('limber-es.js').gzip)}. A whole article page is ${ratio(peer.ratio)} the bytes of`,
    `  nhsuk-frontend's CSS + JS, which carry no words. One element on its own beyond Lit:`,
    `  ${range(elementRows.map((e) => e.alone.gzip))} up front, each element's own code ${range(elementRows.map((e) => e.own.gzip))}.`,
  ].join('\n');
  const budget = (key) => {
    const found = budgetOf(budgets, key);
    return found ? num(found.budget) : '';
  };
  const bytes = [
    '| what | min | gzip | brotli | budget (gzip) |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(([label, key, s]) => `| ${label} | ${num(s.min)} | **${num(s.gzip)}** | ${num(s.brotli)} | ${budget(key)} |`),
  ].join('\n');
  const elements = [
    '| element | own code | budget | loaded up front, alone | budget | + content on first id look-up |',
    '|---|---:|---:|---:|---:|---:|',
    ...elementRows.map(
      ({ name, own, alone, withContent }) =>
        `| ${name} | ${num(own.gzip)} | ${budget(`element:${name}`)} | ${num(alone.gzip)} | ${budget(`alone:${name}`)} | ${num(withContent.gzip)} |`,
    ),
  ].join('\n');
  const peerTable = [
    '| what | min | gzip | brotli |',
    '|---|---:|---:|---:|',
    ...peer.files.map(({ name, size }) => `| \`${name}\` | ${num(size.min)} | ${num(size.gzip)} | ${num(size.brotli)} |`),
    `| **Limber whole-article page** | ${num(peer.limber.min)} | **${num(peer.limber.gzip)}** | ${num(peer.limber.brotli)} |`,
    `| nhsuk-frontend ${peer.peer.version}: CSS + JS | ${num(peer.peer.size.min)} | ${num(peer.peer.size.gzip)} | ${num(peer.peer.size.brotli)} |`,
    '',
    `Ratio **${peer.ratio.toFixed(2)}** (goal ≤ ${budgets.peerRatio}); \`limber.js\` alone ${num(row('limber.js').gzip)} B gzip (goal ≤ ${num(budgets.goals['limber.js'])} B).`,
  ].join('\n');
  return { 'readme-bytes': readme, 'bench-bytes': bytes, 'bench-elements': elements, 'bench-peer': peerTable };
}

/** The speed blocks, from a benchmark record (test/bench/results/latest.json) and the bench goals. */
export function benchBlocks(record, goals) {
  const { shared, ratios, heap, spanish, coldRatio } = record;
  const readme = [
    `- Against the physical limit (the same DOM parsed as declarative shadow DOM, its roots adopting`,
    `  shared prebuilt sheets): ${record.cards} exercise cards render in **${ratio(shared.cards)}** its time, the whole article in`,
    `  ${ratio(shared.article)}, one card with its figure in ${ratio(shared.card)}; against the same markup with a \`<style>\` per`,
    `  root, the article ${ratio(ratios.article)} and the cards ${ratio(ratios.cards)}. JS heap per card: ${kb(heap.limber)}.`,
    `  Measured ${record.date.slice(0, 10)} on ${record.machine.split(',')[0]}.`,
    `- Layout shift on the CMS example: **${Object.values(record.cls)[0].cls.max.toFixed(2)}** client-rendered, ${Object.values(record.cls)[2].cls.max.toFixed(2)} pre-rendered.`,
  ].join('\n');
  const row = (kind) => {
    const s = record.render[kind];
    return `| ${kind} | ${s.median.toFixed(2)} | ${s.p25.toFixed(2)} | ${s.p75.toFixed(2)} | ${s.min.toFixed(2)} | ${s.max.toFixed(2)} |`;
  };
  const render = [
    `Measured ${record.date.slice(0, 10)}: ${record.machine}; ${record.rounds} samples of each kind.`,
    '',
    '| what (ms) | median | p25 | p75 | min | max |',
    '|---|---:|---:|---:|---:|---:|',
    ...Object.keys(record.render).map(row),
    '',
    '| against | Limber / twin | goal |',
    '|---|---:|---:|',
    `| article, shared-sheet twin | ${ratio(shared.article)} | ≤ ${goals.sharedArticleRatio}× |`,
    `| ${record.cards} cards, shared-sheet twin | ${ratio(shared.cards)} | ≤ ${goals.sharedCardsRatio}× |`,
    `| one card with its figure, shared-sheet twin | ${ratio(shared.card)} | ≤ ${goals.sharedCardRatio}× |`,
    `| Spanish article, shared-sheet twin | ${ratio(shared.articleEs)} | ≤ ${goals.sharedArticleRatio}× |`,
    `| first article render in a fresh page, shared-sheet twin | ${ratio(shared.cold)} | ≤ ${goals.sharedColdRatio}× |`,
    `| article, \`<style>\` twin | ${ratio(ratios.article)} | ≤ ${goals.articleRatio}× |`,
    `| ${record.cards} cards, \`<style>\` twin | ${ratio(ratios.cards)} | ≤ ${goals.cardsRatio}× |`,
    `| first article render in a fresh page, \`<style>\` twin | ${ratio(coldRatio)} | |`,
    `| Spanish article / English article | ${ratio(spanish)} | ≤ ${goals.spanishArticleRatio}× |`,
    '',
    `JS heap per card (after GC): Limber ${num(Math.round(heap.limber))} B (goal ≤ ${num(goals.heapPerCard)} B), static twin ${num(Math.round(heap.static))} B, shared-sheet twin ${num(Math.round(heap.shared))} B.`,
  ].join('\n');
  const shift = [
    '| CMS page | CLS (median) | CLS (max) | first paint (ms, median) |',
    '|---|---:|---:|---:|',
    ...Object.entries(record.cls).map(
      ([page, { cls, fcp }]) => `| ${page} | ${cls.median.toFixed(4)} | ${cls.max.toFixed(4)} | ${fcp.median.toFixed(0)} |`,
    ),
  ].join('\n');
  return { 'readme-speed': readme, 'bench-render': render, 'bench-shift': shift };
}

const pattern = (name) => new RegExp(`(<!-- figures:${name}:start[^>]*-->\\n)([\\s\\S]*?)(\\n<!-- figures:${name}:end -->)`);
/** The file each block lives in: `readme-*` in README.md, `bench-*` in BENCHMARKS.md. */
export const fileOf = (name) => (name.startsWith('readme-') ? 'README.md' : 'BENCHMARKS.md');

/** The names of the blocks of `blocks` (name → Markdown) that their file holds differently, or not at all. */
export function staleBlocks(blocks, root = '.') {
  return Object.entries(blocks)
    .filter(([name, body]) => pattern(name).exec(readFileSync(`${root}/${fileOf(name)}`, 'utf8'))?.[2] !== body)
    .map(([name]) => name);
}

/** Writes every block of `blocks` into its file, between its markers; resolves to the names it had no markers for. */
export function writeBlocks(blocks, root = '.') {
  const missing = [];
  for (const [name, body] of Object.entries(blocks)) {
    const file = `${root}/${fileOf(name)}`;
    const text = readFileSync(file, 'utf8');
    if (!pattern(name).test(text)) missing.push(name);
    else
      writeFileSync(
        file,
        text.replace(pattern(name), (_, start, _old, end) => `${start}${body}${end}`),
      );
  }
  return missing;
}
