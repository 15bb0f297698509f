// Shared by the size budgets and the peer comparison: how a piece of code is bundled and how its
// bytes are counted, so every figure uses exactly the bundler, minifier and compression levels
// that Limber ships with (rollup.config.mjs uses the same plugins from build-plugins.mjs).
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import { minify, ts } from './build-plugins.mjs';

/** Minified, gzip (level 9) and brotli (quality 11) bytes of one file as served. */
export function measure(code) {
  return {
    min: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Adds up the sizes of files served separately (each compressed on its own, as HTTP does). */
export function total(sizes) {
  return sizes.reduce((sum, s) => ({ min: sum.min + s.min, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), {
    min: 0,
    gzip: 0,
    brotli: 0,
  });
}

/** A module that exists only in memory, e.g. an entry that imports three elements. */
export function virtualModules(modules) {
  return {
    name: 'virtual-modules',
    resolveId: (id) => (id in modules ? id : null),
    load: (id) => (id in modules ? modules[id] : null),
  };
}

/**
 * Bundles `input` into one self-contained minified file (like dist/limber.js) and returns its
 * code. `external` keeps matching imports out (e.g. Lit, to count what comes beyond it).
 */
export async function bundleOne(input, { external = [], modules = {}, plugins = [] } = {}) {
  const build = await rollup({
    input,
    external,
    plugins: [...plugins, virtualModules(modules), nodeResolve(), ts({ sourceMap: false }), minify()],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  return output.map((chunk) => chunk.code ?? '').join('');
}

/** Lit as Limber uses it: exactly the APIs Limber imports, bundled and minified here. */
export const LIT_ENTRY = `export { LitElement, html, css, nothing, adoptStyles, render, svg, isServer } from 'lit';
export { html as staticHtml, literal } from 'lit/static-html.js';
export { property, state } from 'lit/decorators.js';
export { ifDefined } from 'lit/directives/if-defined.js';
export { createContext, ContextConsumer, ContextProvider } from '@lit/context';`;
