// Loads every story of the built Storybook (storybook-static/) in headless Chromium and checks
// that its Limber element upgraded and rendered, with no page error. This catches a build that
// "passes" while the elements never load (untransformed decorators, tree-shaken registrations).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { createReport } from './lib/report.mjs';

// axe with the WCAG 2.0 A/AA, 2.1 AA and 2.2 AA rule sets, on every story.
const AXE = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

const root = new URL('../storybook-static/', import.meta.url).pathname;
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.vtt': 'text/vtt',
  '.woff2': 'font/woff2',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await launchChromium();
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const { report, finish } = createReport('check:storybook');
const page = await browser.newPage();
let errors = [];
page.on('pageerror', (error) => errors.push(String(error)));
// Every story in English and in Spanish (through the toolbar's locale, as a reader would switch);
// the whole article also in both pseudo-locales.
// Stories that pin their locale (the Spanish article, the right-to-left one) run once, in it.
const PINNED = { 'elements-article--spanish': 'es', 'elements-article--right-to-left': 'ar-XB' };
const runs = stories.flatMap((story) => [
  ...(PINNED[story.id] ? [PINNED[story.id]] : ['en', 'es']).map((locale) => ({ story, locale })),
  ...(story.id === 'elements-article--whole-article' ? ['en-XA', 'ar-XB'].map((locale) => ({ story, locale })) : []),
]);
for (const { story, locale } of runs) {
  errors = [];
  const url = `http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`;
  await page.goto(url, { waitUntil: 'load' });
  const expectEmpty = story.id.includes('production-mode');
  const result = await page
    .waitForFunction(
      (empty) => {
        const el = document.querySelector('#storybook-root [class], #storybook-root *');
        // Through shadow roots: the embed builder's live preview is inside its own.
        const all = (root) => [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? all(node.shadowRoot) : [])]);
        const limber = all(document.querySelector('#storybook-root') ?? document).find(
          (node) => node.localName.startsWith('limber-') && node.localName !== 'limber-provider',
        );
        if (!el || !limber) return null;
        if (!customElements.get(limber.localName) || !limber.shadowRoot) return null;
        // Text through nested shadow roots too: a list's words live in its cards.
        const deepText = (node) =>
          [...node.childNodes].map((child) => (child.nodeType === 3 ? child.textContent : deepText(child.shadowRoot ?? child))).join('');
        const text = deepText(limber.shadowRoot).trim();
        return text === '' && !empty ? null : { tag: limber.localName, text };
      },
      { timeout: 10_000 },
      expectEmpty,
    )
    .then(
      (handle) => handle.jsonValue(),
      () => null,
    );
  // A story with a play function (a guided-mode state) marks the page when it has reached its state.
  if (story.tags?.includes('play-fn')) {
    await page
      .waitForFunction(() => document.documentElement.dataset.limberPlayed === 'true', { timeout: 10_000 })
      .catch(() => errors.push('its play function never finished'));
  }
  const lang = await page.evaluate(() => document.querySelector('.limber-canvas')?.getAttribute('lang'));
  if (lang !== locale) errors.push(`the story ran with lang=${lang}, not ${locale}`);
  await page.evaluate(AXE);
  // Storybook's a11y panel runs axe on the story too; one run at a time, so wait for it.
  const violations = await page.evaluate(async (tags) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const results = await window.axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags } });
        return results.violations.map((v) => `${v.id} (${v.nodes.length})`);
      } catch (error) {
        if (!String(error).includes('already running') || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }, TAGS);
  if (violations.length > 0) errors.push(`axe: ${violations.join(', ')}`);
  const ok = result !== null && errors.length === 0 && (expectEmpty ? result.text === '' : result.text !== '');
  report(ok, `${story.id} (${locale})`, ok ? '' : `${JSON.stringify(result)} ${errors.join('; ')}`);
}
await browser.close();
server.close();
console.log(`every story checked in English and Spanish for its element's words and axe (${TAGS.join(', ')})`);
finish();
