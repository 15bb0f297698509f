// `npm run build:wordpress`: the WordPress plugin, ready for Plugins → Add New → Upload Plugin.
// Copies integrations/wordpress/limber-health-content/ with Limber's built scripts and themes
// (assets/) and the pre-rendered snippets (prerendered/) into dist/wordpress/, and zips it:
// dist/wordpress/limber-health-content.zip. Needs `npm run build` first.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { needDist } from './lib/need-dist.mjs';

const root = new URL('..', import.meta.url).pathname;
const NAME = 'limber-health-content';
const source = join(root, 'integrations/wordpress', NAME);
const out = join(root, 'dist/wordpress');
const stage = join(out, NAME);
const dist = join(root, 'dist');

needDist('npm run build:wordpress', ['limber.js', 'limber-hydrate.js', 'prerendered/index.json']);

/** A text's name in the plugin: the first 16 hex digits of its SHA-256. */
const hashOf = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Rewrites each snippet under `dir` (not the stored texts in its `styles/`) with `rewrite`. */
function eachSnippet(dir, rewrite) {
  const visit = (folder) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) {
        if (path !== join(dir, 'styles')) visit(path);
      } else if (entry.endsWith('.html')) writeFileSync(path, rewrite(readFileSync(path, 'utf8'), path));
    }
  };
  visit(dir);
}

/** Stores `text` once, as `<dir>/<folder>/<hash><ext>`; returns its hash, which render.php reads it back by. */
function storeOnce(dir, folder, ext, text) {
  const hash = hashOf(text);
  const file = join(dir, folder, `${hash}${ext}`);
  if (!existsSync(file)) writeFileSync(file, text);
  return hash;
}

/**
 * Each snippet's shadow-root styles, stored once: every `<style>…</style>` in the snippets under
 * `dir` becomes `<style data-limber-shared="<hash>"></style>` and its text `styles/<hash>.css`
 * (a dozen files, where 726 snippets repeated them). The plugin's render.php puts the text back
 * as it serves a snippet, so pages get the very HTML Limber rendered (and its CSP hashes hold).
 */
function shareStyles(dir) {
  mkdirSync(join(dir, 'styles'), { recursive: true });
  eachSnippet(dir, (html) =>
    html.replace(
      /<style>([\s\S]*?)<\/style>/g,
      (_, css) => `<style data-limber-shared="${storeOnce(dir, 'styles', '.css', css)}"></style>`,
    ),
  );
}

/** How deep shadow roots may nest in a snippet; render.php holds the same bound. */
const MAX_PART_DEPTH = 8;

/**
 * Each item in one file, `<locale>/<kind>/<item>.json`: its snippets (every heading level, region
 * and review variant, by file name) and the shadow roots they use, each once. Innermost first,
 * every `<template shadowroot…>…</template>` becomes `<!--limber-part:<hash>-->`, so a nested
 * element's root that many variants share (an exercise card in each article variant, a care card
 * in every heading level) is stored once; roots that differ only in what they nest go side by
 * side. The zip's deflate compresses each file alone and looks back 32 KB, so only then does it
 * find what the variants repeat: one file per snippet and per root made 3.9 MB with two topics.
 * A root several items share is in each item's file. render.php puts them back, innermost last.
 */
function groupItems(dir) {
  const template = /<template shadowroot="open" shadowrootmode="open"[^>]*>(?:(?!<template)[\s\S])*?<\/template>/g;
  const groups = new Map();
  eachSnippet(dir, (html, path) => {
    const group = path.replace(/\.h\d[^/]*\.html$/, '.json');
    const { snippets, parts } = groups.get(group) ?? { snippets: {}, parts: new Map() };
    let out = html;
    for (let depth = 0; out.includes('<template shadowroot'); depth += 1) {
      if (depth > MAX_PART_DEPTH) throw new Error(`build:wordpress: ${path} nests shadow roots deeper than ${MAX_PART_DEPTH}`);
      out = out.replace(template, (part) => {
        const hash = hashOf(part);
        parts.set(hash, part);
        return `<!--limber-part:${hash}-->`;
      });
    }
    snippets[basename(path)] = out;
    groups.set(group, { snippets, parts });
    return out;
  });
  // Sorted by their text with the names of the roots they nest left out: near-twins side by side.
  const key = (text) => text.replace(/limber-part:[0-9a-f]{16}/g, 'limber-part:');
  for (const [group, { snippets, parts }] of groups) {
    const sorted = [...parts].map(([hash, text]) => ({ hash, text, key: key(text) }));
    sorted.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.hash < b.hash ? -1 : 1));
    writeFileSync(group, JSON.stringify({ snippets, parts: Object.fromEntries(sorted.map(({ hash, text }) => [hash, text])) }));
    for (const name of Object.keys(snippets)) rmSync(join(group, '..', name));
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(stage, 'assets'), { recursive: true });
cpSync(source, stage, { recursive: true });
// The CDN bundles and their lazily loaded siblings (no source maps: the zip is for sites).
for (const file of readdirSync(dist)) {
  if (/^limber(-[\w-]+)?\.js$/.test(file)) cpSync(join(dist, file), join(stage, 'assets', file));
}
// The themes, scoped: only `[data-limber-theme='…']`, never `:root`, so one embed's theme never
// restyles another's; the plugin puts the attribute on each embed's wrapper.
const scoped = readdirSync(join(dist, 'themes'))
  .sort()
  .map((file) => readFileSync(join(dist, 'themes', file), 'utf8').replace(/:root,\s*/g, ''));
if (scoped.some((css) => css.includes(':root'))) throw new Error('build:wordpress: a theme file has a :root rule it cannot scope');
writeFileSync(join(stage, 'assets/limber-themes.css'), scoped.join('\n'));
cpSync(join(dist, 'prerendered'), join(stage, 'prerendered'), { recursive: true });
shareStyles(join(stage, 'prerendered'));
groupItems(join(stage, 'prerendered'));
cpSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));

const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path);
    else files.push({ name: `${NAME}/${relative(stage, path)}`, data: readFileSync(path) });
  }
};
walk(stage);
// fflate's zip, deflate level 9, one fixed date so builds are reproducible.
const mtime = new Date('2026-01-01T00:00:00Z');
const archive = zipSync(Object.fromEntries(files.map(({ name, data }) => [name, [data, { level: 9, mtime }]])));
writeFileSync(join(out, `${NAME}.zip`), archive);
const bytes = files.reduce((sum, f) => sum + f.data.length, 0);
console.log(
  `build:wordpress: dist/wordpress/${NAME}.zip (${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB → ${(archive.length / 1024).toFixed(0)} KB)`,
);
