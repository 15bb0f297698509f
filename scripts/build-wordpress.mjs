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

/** Rewrites each snippet under `dir` (not the stored texts in its `parts/` and `styles/`) with `rewrite`. */
function eachSnippet(dir, rewrite) {
  const visit = (folder) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) {
        if (![join(dir, 'parts'), join(dir, 'styles')].includes(path)) visit(path);
      } else if (entry.endsWith('.html')) writeFileSync(path, rewrite(readFileSync(path, 'utf8'), path));
    }
  };
  visit(dir);
}

/** Stores `text` once, as `<dir>/<folder>/<hash><ext>`; returns its hash, which render.php reads it back by. */
function storeOnce(dir, folder, ext, text) {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
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
 * Each declarative shadow root stored once: innermost first, every `<template shadowroot…>…</template>`
 * in the snippets under `dir` becomes `<!--limber-part:<hash>-->` and its text `parts/<hash>.html`,
 * so a nested element's root that many snippets share (an exercise card in each article variant,
 * a care card in every heading level) is stored once; `groupItems` then gathers them per item.
 * render.php puts them back, innermost last.
 */
function shareParts(dir) {
  mkdirSync(join(dir, 'parts'), { recursive: true });
  const template = /<template shadowroot="open" shadowrootmode="open"[^>]*>(?:(?!<template)[\s\S])*?<\/template>/g;
  eachSnippet(dir, (html, path) => {
    let out = html;
    for (let depth = 0; out.includes('<template shadowroot'); depth += 1) {
      if (depth > MAX_PART_DEPTH) throw new Error(`build:wordpress: ${path} nests shadow roots deeper than ${MAX_PART_DEPTH}`);
      out = out.replace(template, (part) => `<!--limber-part:${storeOnce(dir, 'parts', '.html', part)}-->`);
    }
    return out;
  });
}

/**
 * Each item in one file, `<locale>/<kind>/<item>.json`: its snippets (every heading level, region
 * and review variant, by file name) and the shadow roots they use, roots that differ only in what
 * they nest side by side. The zip's deflate compresses each file alone and looks back 32 KB, so
 * only then does it find what the variants repeat: one file per snippet and per root made 3.9 MB
 * with two topics. A root several items share is in each item's file. The single files go.
 */
function groupItems(dir) {
  const read = (hash) => readFileSync(join(dir, 'parts', `${hash}.html`), 'utf8');
  const named = (html) => [...html.matchAll(/<!--limber-part:([0-9a-f]{16})-->/g)].map((match) => match[1]);
  const groups = new Map();
  eachSnippet(dir, (html, path) => {
    const group = path.replace(/\.h\d[^/]*\.html$/, '.json');
    const { snippets, hashes } = groups.get(group) ?? { snippets: {}, hashes: new Set() };
    snippets[basename(path)] = html;
    const visit = (hash) => {
      if (hashes.has(hash)) return;
      hashes.add(hash);
      named(read(hash)).forEach(visit);
    };
    named(html).forEach(visit);
    groups.set(group, { snippets, hashes });
    return html;
  });
  // Sorted by their text with the names of the roots they nest left out: near-twins side by side.
  const key = (text) => text.replace(/limber-part:[0-9a-f]{16}/g, 'limber-part:');
  for (const [group, { snippets, hashes }] of groups) {
    const parts = [...hashes].map((hash) => ({ hash, text: read(hash) })).map((part) => ({ ...part, key: key(part.text) }));
    parts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.hash < b.hash ? -1 : 1));
    writeFileSync(group, JSON.stringify({ snippets, parts: Object.fromEntries(parts.map(({ hash, text }) => [hash, text])) }));
    for (const name of Object.keys(snippets)) rmSync(join(group, '..', name));
  }
  rmSync(join(dir, 'parts'), { recursive: true });
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
shareParts(join(stage, 'prerendered'));
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
