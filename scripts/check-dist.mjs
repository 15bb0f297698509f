// Checks the built dist/ the way hosts use it, in headless Chromium:
//  1. a CMS page: one <script type="module" src="dist/limber.js"> and bare tags, nothing else;
//  2. a portal page: the per-element module (Lit resolved by an import map) with `.data` set;
// and 3. compiles test/dist/portal-usage.ts against the package's exports and types.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { createReport } from './lib/report.mjs';
import { needDist } from './lib/need-dist.mjs';

needDist('npm run check:dist', ['limber.js', 'exercise-card.js', 'types/src/index.d.ts']);

const root = new URL('..', import.meta.url).pathname;
const pages = {
  '/cms.html': `<!doctype html><html lang="en"><title>CMS</title>
    <script type="module" src="/dist/limber.js"></script>
    <limber-exercise-card exercise="sciatic-nerve-glide"></limber-exercise-card>
    <limber-exercise-list topic="pinched-nerve-low-back"></limber-exercise-list>`,
  '/portal.html': `<!doctype html><html lang="en"><title>Portal</title>
    <script type="importmap">{"imports": {
      "lit": "/node_modules/lit/index.js", "lit/": "/node_modules/lit/",
      "lit-html": "/node_modules/lit-html/lit-html.js", "lit-html/": "/node_modules/lit-html/",
      "lit-element/": "/node_modules/lit-element/",
      "@lit/reactive-element": "/node_modules/@lit/reactive-element/reactive-element.js",
      "@lit/reactive-element/": "/node_modules/@lit/reactive-element/",
      "@lit/context": "/node_modules/@lit/context/index.js", "@lit/context/": "/node_modules/@lit/context/"
    }}</script>
    <script type="module">
      import '/dist/exercise-card.js';
      const card = document.createElement('limber-exercise-card');
      card.data = { id: 'portal-stretch', name: 'Portal stretch', goal: 'flexibility',
        startingPosition: 'Sit tall.', steps: ['Reach up.'], dosage: { reps: 5 },
        stopIf: ['it hurts'], references: ['nhs-111-wales-sciatica'] };
      document.body.append(card);
    </script>`,
};
const types = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  if (pages[path]) return response.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

const deepText = (selector) => {
  const walk = (node) => [...node.childNodes].map((c) => (c.nodeType === 3 ? c.textContent : walk(c.shadowRoot ?? c))).join('');
  const el = document.querySelector(selector);
  return el?.shadowRoot ? walk(el.shadowRoot).replace(/\s+/g, ' ').trim() : '';
};

const { report, finish } = createReport('check:dist');
async function check(path, selector, expected) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'warning' && errors.push(message.text()));
  await page.evaluateOnNewDocument(`window.__deepText = ${deepText.toString()};`);
  await page.goto(base + path, { waitUntil: 'load' });
  const text = await page
    .waitForFunction(
      (s, e) => {
        const t = window.__deepText(s);
        return t.includes(e) ? t : null;
      },
      { timeout: 10_000 },
      selector,
      expected,
    )
    .then(
      (h) => h.jsonValue(),
      () => '',
    );
  report(
    text.includes(expected) && errors.length === 0,
    `${path} ${selector} shows "${expected}"`,
    errors.length ? `errors: ${errors.join('; ')}` : '',
  );
  await page.close();
}

await check('/cms.html', 'limber-exercise-card', 'Sciatic nerve slider');
await check('/cms.html', 'limber-exercise-list', 'Buttock (piriformis) stretch');
await check('/portal.html', 'limber-exercise-card', 'Portal stretch');
await browser.close();
server.close();

let typeChecks = true;
try {
  execFileSync('npx', ['tsc', '-p', 'test/dist/tsconfig.json'], { cwd: root, stdio: 'inherit' });
} catch {
  typeChecks = false;
}
report(typeChecks, 'test/dist/portal-usage.ts type-checks against the built package');
finish();
