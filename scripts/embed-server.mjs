// A loopback server for the embedding checks: serves the repository with the strict
// Content-Security-Policy on every HTML page, and variants of the CMS page for comparisons.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

/** The policy from the embedding issue, unchanged: one copy of Lit needs nothing more. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https:",
  "media-src 'self' https:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

const LIMBER = '<script type="module" src="/dist/limber.js" blocking="render"></script>';

/** Variants of examples/cms/index.html, chosen by query flags, for side-by-side comparisons. */
function cmsVariant(html, query) {
  let page = html;
  if (query.get('css')) page = page.replace('href="hostile.css"', `href="hostile-${query.get('css').replace(/[^a-z-]/g, '')}.css"`);
  if (query.get('hostile') === '0') page = page.replace('<link rel="stylesheet" href="hostile.css">', '');
  if (query.get('limber') === '0') page = page.replace(LIMBER, '');
  if (query.get('double') === 'same') page = page.replace(LIMBER, `${LIMBER}\n${LIMBER}`);
  if (query.get('double') === 'copy') page = page.replace(LIMBER, `${LIMBER}\n<script type="module" src="/dist/limber.js?copy=2"></script>`);
  // The CDN file plus a portal's own bundle of the per-element module (with its own Lit).
  if (query.get('double') === 'mixed') page = page.replace(LIMBER, `${LIMBER}\n<script type="module" src="/test-results/portal-card.js"></script>`);
  if (query.get('only') === 'card') page = page.replace(/\s*<limber-article[^>]*><\/limber-article>/, '');
  if (query.get('only') === 'article') page = page.replace(/\s*<limber-exercise-card[^>]*><\/limber-exercise-card>/, '');
  if (query.get('brand') === '1') page = page.replace('</head>', '  <link rel="stylesheet" href="brand.css">\n</head>');
  // A control: the script loaded async (as a tag manager injects it), so the elements upgrade
  // after the first paint and the layout-shift instrument must see them move the page.
  if (query.get('async') === '1') page = page.replace(' blocking="render"', ' async');
  if (query.get('blocking') === '0') page = page.replace(' blocking="render"', '');
  if (query.get('delay')) page = page.replace('src="/dist/limber.js"', `src="/dist/limber.js?delay=${query.get('delay')}"`);
  return page;
}

/** Starts the server on a free loopback port; resolves to { url, close }. */
export async function startEmbedServer(root) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    let body = readFileSync(file);
    if (extname(file) === '.html') {
      // Two copies of Lit on one page each create a 'lit-html' Trusted Types policy; the second
      // is refused unless the policy allows duplicates.
      headers['content-security-policy'] = url.searchParams.get('tt') === 'dup' ? CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'") : CSP;
      if (path === '/examples/cms/index.html') body = cmsVariant(body.toString('utf8'), url.searchParams);
    }
    const delay = Number(url.searchParams.get('delay') ?? 0);
    setTimeout(() => response.writeHead(200, headers).end(body), Math.min(delay, 5000));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
