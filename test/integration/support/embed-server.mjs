// A loopback server for the embedding suites and the benchmark: serves the repository with the strict
// Content-Security-Policy on every HTML page, and variants of the CMS page for comparisons.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import sirv from 'sirv';
import { TOPICS } from '../../../scripts/lib/languages.mjs';

const [TOPIC] = TOPICS;

/** The policy from the embedding issue, unchanged: one copy of Lit needs nothing more. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https:",
  "media-src 'self' https:",
  // Content packages for <limber-provider src> (here from the same origin; list a CDN's origin too).
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html limber-json-ld',
].join('; ');

const LIMBER_JS = '<script type="module" src="/dist/limber.js" blocking="render"></script>';
/** What the CMS page lists: limber.js and the English topics, both render-blocking. */
const LIMBER = `${LIMBER_JS}\n  <script type="module" src="/dist/limber-en.js" blocking="render"></script>`;

const CARD_TAG = '<limber-exercise-card exercise="sciatic-nerve-glide"></limber-exercise-card>';
const ARTICLE_TAG = new RegExp(`<limber-article topic="${TOPIC}"[^>]*></limber-article>`);

/**
 * The CMS page's tags replaced by their pre-rendered HTML (`npm run prerender`): with no script
 * (`static`, the page's static twin) or hydrated by dist/limber-hydrate.js loaded async, so it
 * never holds the first paint (`hydrate`).
 */
function prerenderedVariant(page, mode, prerendered) {
  // Replacement functions: pre-rendered HTML holds `$` sequences that a replacement string would expand.
  const filled = page.replace(CARD_TAG, () => prerendered.card).replace(ARTICLE_TAG, () => prerendered.article);
  if (mode === 'static') return filled.replace(LIMBER, '');
  return filled.replace(LIMBER, '<script type="module" src="/dist/limber-hydrate.js" async></script>');
}

/** Variants of examples/cms/index.html, chosen by query flags, for side-by-side comparisons. */
function cmsVariant(html, query, prerendered) {
  let page = html;
  if (query.get('prerendered') && prerendered) page = prerenderedVariant(page, query.get('prerendered'), prerendered);
  if (query.get('css')) page = page.replace('href="hostile.css"', `href="hostile-${query.get('css').replace(/[^a-z-]/g, '')}.css"`);
  if (query.get('hostile') === '0') page = page.replace('<link rel="stylesheet" href="hostile.css">', '');
  if (query.get('limber') === '0') page = page.replace(LIMBER, '');
  if (query.get('double') === 'same') page = page.replace(LIMBER, `${LIMBER}\n${LIMBER}`);
  if (query.get('double') === 'copy')
    page = page.replace(LIMBER, `${LIMBER}\n<script type="module" src="/dist/limber.js?copy=2"></script>`);
  // The CDN file plus a portal's own bundle of the per-element module (with its own Lit).
  if (query.get('double') === 'mixed')
    page = page.replace(LIMBER, `${LIMBER}\n<script type="module" src="/test-results/portal-card.js"></script>`);
  if (query.get('only') === 'card') page = page.replace(/\s*<limber-article[^>]*><\/limber-article>/, '');
  if (query.get('only') === 'article') page = page.replace(/\s*<limber-exercise-card[^>]*><\/limber-exercise-card>/, '');
  if (query.get('brand') === '1') page = page.replace('</head>', '  <link rel="stylesheet" href="brand.css">\n</head>');
  // A control: the script loaded async (as a tag manager injects it), so the elements upgrade
  // after the first paint and the layout-shift instrument must see them move the page.
  if (query.get('async') === '1') page = page.replaceAll(' blocking="render"', ' async');
  if (query.get('blocking') === '0') page = page.replaceAll(' blocking="render"', '');
  // The page in another language (`?lang=<code>` gives <html lang="<code>">), as a CMS page in it declares it.
  if (query.get('lang')) page = page.replace('<html lang="en">', `<html lang="${query.get('lang').replace(/[^A-Za-z-]/g, '')}">`);
  // The optional second tag of a page in a translation (`?entry=<code>`): limber-<code>.js,
  // render-blocking, beside limber.js.
  const entry = query.get('entry')?.replace(/[^a-z-]/g, '');
  if (entry)
    page = page.replace(LIMBER, `${LIMBER_JS}\n  <script type="module" src="/dist/limber-${entry}.js" blocking="render"></script>`);
  // limber.js served from a CDN-like path (/cdn/limber@1/), so the files it fetches beside itself must come from there too.
  if (query.get('cdn') === '1')
    page = page.replace(new RegExp(`src="/dist/(limber(?:-en|${entry ? `-${entry}` : ''})?\\.js)"`, 'g'), 'src="/cdn/limber@1/$1"');
  // A path, not a query string: the files the script fetches beside itself (`./limber-hydrate.js`
  // from its figure drawing) must resolve to the very module the page loaded, or Lit loads twice.
  if (query.get('delay'))
    page = page.replace(/src="\/dist\/(limber(?:-hydrate|-en)?\.js)"/g, `src="/delay-${Number(query.get('delay'))}/dist/$1"`);
  // The card inside a provider that keeps its content current from a package URL.
  if (query.get('src') === '1')
    page = page.replace(
      /(<limber-exercise-card [^>]*><\/limber-exercise-card>)/,
      `<limber-provider src="/dist/content/${TOPIC}/en.json" cache="no-cache">$1</limber-provider>`,
    );
  return page;
}

/**
 * Starts the server on a free loopback port; resolves to { url, close }. HTML pages are read here
 * (to add the policy and make the CMS page's variants); every other file is sirv's. `prerendered`
 * ({ card, article, styleHashes }) enables the CMS page's `?prerendered=static|hydrate` variants,
 * whose inline shadow-root styles are allowed by hash, as a strict host would list them.
 */
export async function startEmbedServer(root, { prerendered } = {}) {
  // Same-origin resources may be embedded by a cross-origin-isolated page (the render benchmark's).
  const files = sirv(root, {
    dev: true,
    setHeaders: (response) => response.setHeader('cross-origin-resource-policy', 'same-origin'),
  });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    // `/delay-1000/dist/limber.js`: dist/limber.js served a second late (see cmsVariant).
    const delayed = /^\/delay-(\d+)(\/.*)$/.exec(path);
    if (delayed) path = delayed[2];
    if (path.endsWith('/')) path += 'index.html';
    // A CDN-like path for dist/ (the CMS page's ?cdn=1 variant).
    if (path.startsWith('/cdn/limber@1/')) path = path.replace('/cdn/limber@1/', '/dist/');
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const file = join(root, path);
    if (extname(path) !== '.html') {
      // A delay slows the script a variant points at (and what it fetches beside itself), never the page.
      request.url = path;
      const send = () => files(request, response, () => void response.writeHead(404).end());
      return void setTimeout(send, delayed ? Math.min(Number(delayed[1]), 5000) : 0);
    }
    if (!file.startsWith(root) || !existsSync(file)) return void response.writeHead(404).end();
    // Two copies of Lit on one page each create a 'lit-html' Trusted Types policy; the second
    // is refused unless the policy allows duplicates.
    let csp =
      url.searchParams.get('tt') === 'dup'
        ? CSP.replace('trusted-types lit-html limber-json-ld', "trusted-types lit-html limber-json-ld 'allow-duplicates'")
        : CSP;
    // A host that has not listed Limber's JSON-LD policy: the article writes no structured data.
    if (url.searchParams.get('tt') === 'nojsonld') csp = csp.replace(' limber-json-ld', '');
    if (url.searchParams.get('prerendered') && prerendered)
      csp = csp.replace("style-src 'self'", `style-src 'self' ${prerendered.styleHashes.join(' ')}`);
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    // The render benchmark's blank page inserts the static twin from a string (a Trusted Types sink).
    if (url.searchParams.get('csp') !== 'off') headers['content-security-policy'] = csp;
    // Cross-origin isolation gives the render benchmark's page a 5 µs clock instead of 100 µs
    // (a single card renders in about 4 ms).
    if (path === '/test/bench/index.html') {
      headers['cross-origin-opener-policy'] = 'same-origin';
      headers['cross-origin-embedder-policy'] = 'require-corp';
    }
    let body = readFileSync(file, 'utf8');
    if (path === '/examples/cms/index.html') body = cmsVariant(body, url.searchParams, prerendered);
    response.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        // As scripts/lib/serve.mjs: a socket Chromium opened but never used would hold close() ~100 s.
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
