// Prints gzip and brotli sizes: the CDN file, each per-element entry beyond Lit (with and
// without the built-in English content), the content alone, and the Lit that Limber uses.
// Same bundler, minifier and settings as rollup.config.mjs. Budgets arrive with the size work.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const LIT = [/^lit($|\/)/, /^@lit\//];
const isLit = (id) => LIT.some((pattern) => pattern.test(id));
const isContent = (id) => /[\\/]content[\\/]pinched-nerve-low-back[\\/]/.test(id) || /default-catalog\.ts$/.test(id);
// Exactly the Lit APIs Limber imports, so "Lit" is measured as Limber ships it.
const LIT_ENTRY = `export { LitElement, html, css, nothing } from 'lit';
export { property, state } from 'lit/decorators.js';
export { ifDefined } from 'lit/directives/if-defined.js';
export { createContext, consume, provide } from '@lit/context';`;

const virtual = { name: 'virtual', resolveId: (id) => (id === 'lit-entry' ? id : null), load: (id) => (id === 'lit-entry' ? LIT_ENTRY : null) };
const plugins = () => [
  virtual,
  nodeResolve(),
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts', 'content/**/*.ts'], compilerOptions: { noEmit: false, declaration: false } }),
  terser({ ecma: 2020, module: true, format: { comments: false } }),
];

async function bundle(input, external) {
  const build = await rollup({ input, external, plugins: plugins(), onwarn: () => {} });
  const { output } = await build.generate({ format: 'es' });
  return output.map((chunk) => chunk.code ?? '').join('');
}

function sizes(code) {
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { min: code.length, gzip, brotli };
}

// The shared core every element carries: base element, content model code, URL policy, rich
// text, validator, context, messages and shared styles.
const isCore = (id) => /[\\/]src[\\/](base|content|context|i18n|styles)[\\/]|[\\/]src[\\/]define\.ts$/.test(id) && !/section\.styles\.ts$/.test(id);
const ELEMENTS = ['exercise-card', 'exercise-list', 'cite', 'citations', 'causes', 'treatment-list', 'tip', 'care-card', 'expert-card', 'expert-list', 'disclaimer', 'cta', 'article'];

const rows = [
  ['dist/limber.js (everything, English content included)', sizes(readFileSync('dist/limber.js', 'utf8'))],
  ['Lit + @lit/context, as Limber uses them', sizes(await bundle('lit-entry', []))],
  ['English content alone (pinched-nerve-low-back)', sizes(await bundle('content/pinched-nerve-low-back/en.ts', isLit))],
  ['shared core (base, validator, URL policy, rich text, styles)', sizes(await bundle('src/base/limber-element.ts', (id) => isLit(id) || isContent(id)))],
];
const elementRows = [];
for (const name of ELEMENTS) {
  const input = `src/components/${name}/define.ts`;
  elementRows.push([
    name,
    sizes(await bundle(input, isLit)).gzip,
    sizes(await bundle(input, (id) => isLit(id) || isContent(id))).gzip,
    sizes(await bundle(input, (id) => isLit(id) || isContent(id) || isCore(id))).gzip,
  ]);
}
const pad = (value, width) => String(value).padStart(width);
console.log(`${'what'.padEnd(58)}${pad('min', 9)}${pad('gzip', 9)}${pad('brotli', 9)}`);
for (const [name, s] of rows) console.log(`${name.padEnd(58)}${pad(s.min, 9)}${pad(s.gzip, 9)}${pad(s.brotli, 9)}`);
console.log(`\n${'element entry (gzip bytes; nested elements included)'.padEnd(58)}${pad('-Lit', 9)}${pad('-content', 9)}${pad('own', 9)}`);
for (const [name, lit, content, own] of elementRows) console.log(`${name.padEnd(58)}${pad(lit, 9)}${pad(content, 9)}${pad(own, 9)}`);
console.log('-Lit: beyond Lit; -content: beyond Lit and the English content; own: beyond those and the shared core.');
