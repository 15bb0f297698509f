// Prints <limber-article> from the built dist/limber.js with Chromium: saves a PDF and a PNG of
// the print rendering to test-results/ (git-ignored), to look at by eye. Run after `npm run build`.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });
const page = `<!doctype html><html lang="en"><title>Print</title>
  <script type="module" src="/dist/limber.js"></script>
  <limber-article topic="pinched-nerve-low-back" cta-href="https://example.org/coverage" region="us"></limber-article>`;
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium();
const tab = await browser.newPage();
await tab.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
await tab.waitForFunction(() =>
  document.querySelector('limber-article')?.shadowRoot?.querySelector('limber-citations')?.shadowRoot?.querySelector('li'),
);
await tab.emulateMediaType('print');
await tab.setViewport({ width: 794, height: 1123 });
await tab.pdf({
  path: join(out, 'article.pdf'),
  format: 'A4',
  printBackground: true,
  margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
});
await tab.screenshot({ path: join(out, 'article-print.png'), fullPage: true });
await browser.close();
server.close();
console.log(`saved ${join('test-results', 'article.pdf')} and ${join('test-results', 'article-print.png')}`);
