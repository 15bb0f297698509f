// `npm run build:wordpress`: the WordPress plugin, ready for Plugins → Add New → Upload Plugin.
// Copies integrations/wordpress/limber-health-content/ with Limber's built scripts and themes
// (assets/) and the pre-rendered snippets (prerendered/) into dist/wordpress/, and zips it:
// dist/wordpress/limber-health-content.zip. Needs `npm run build` first.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { needDist } from './lib/need-dist.mjs';

const root = new URL('..', import.meta.url).pathname;
const NAME = 'limber-health-content';
const source = join(root, 'integrations/wordpress', NAME);
const out = join(root, 'dist/wordpress');
const stage = join(out, NAME);
const dist = join(root, 'dist');

needDist('npm run build:wordpress', ['limber.js', 'limber-hydrate.js', 'prerendered/index.json']);

/**
 * Each snippet's shadow-root styles, stored once: every `<style>…</style>` in the snippets under
 * `dir` becomes `<style data-limber-shared="<hash>"></style>` and its text `styles/<hash>.css`
 * (a dozen files, where 726 snippets repeated them). The plugin's render.php puts the text back
 * as it serves a snippet, so pages get the very HTML Limber rendered (and its CSP hashes hold).
 */
function shareStyles(dir) {
  mkdirSync(join(dir, 'styles'), { recursive: true });
  const visit = (folder) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) visit(path);
      else if (entry.endsWith('.html')) {
        const html = readFileSync(path, 'utf8').replace(/<style>([\s\S]*?)<\/style>/g, (_, css) => {
          const hash = createHash('sha256').update(css).digest('hex').slice(0, 16);
          const file = join(dir, 'styles', `${hash}.css`);
          if (!existsSync(file)) writeFileSync(file, css);
          return `<style data-limber-shared="${hash}"></style>`;
        });
        writeFileSync(path, html);
      }
    }
  };
  visit(dir);
}

/**
 * Each declarative shadow root stored once: innermost first, every `<template shadowroot…>…</template>`
 * in the snippets under `dir` becomes `<!--limber-part:<hash>-->` and its text `parts/<hash>.html`,
 * so a nested element's root that many snippets share (an exercise card in each article variant,
 * a care card in every heading level) is one file. render.php puts them back, innermost last.
 */
function shareParts(dir) {
  mkdirSync(join(dir, 'parts'), { recursive: true });
  const template = /<template shadowroot="open" shadowrootmode="open"[^>]*>(?:(?!<template)[\s\S])*?<\/template>/g;
  const visit = (folder) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) {
        if (path !== join(dir, 'parts')) visit(path);
      } else if (entry.endsWith('.html')) {
        let html = readFileSync(path, 'utf8');
        for (let depth = 0; html.includes('<template shadowroot'); depth += 1) {
          if (depth > MAX_PART_DEPTH) throw new Error(`build:wordpress: ${path} nests shadow roots deeper than ${MAX_PART_DEPTH}`);
          html = html.replace(template, (part) => {
            const hash = createHash('sha256').update(part).digest('hex').slice(0, 16);
            const file = join(dir, 'parts', `${hash}.html`);
            if (!existsSync(file)) writeFileSync(file, part);
            return `<!--limber-part:${hash}-->`;
          });
        }
        writeFileSync(path, html);
      }
    }
  };
  visit(dir);
}
/** How deep shadow roots may nest in a snippet; render.php holds the same bound. */
const MAX_PART_DEPTH = 8;

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
