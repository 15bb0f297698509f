// Prints <limber-article> from the built dist/limber.js with Chromium: saves a PDF and a PNG of
// the print rendering to test-results/ (git-ignored), to look at by eye. Run after `npm run build`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { serve } from './lib/serve.mjs';
import { needDist } from './lib/need-dist.mjs';
import { TOPICS } from './lib/languages.mjs';

needDist('npm run print:article');

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });
const page = `<!doctype html><html lang="en"><title>Print</title>
  <script type="module" src="/dist/limber.js"></script>
  <limber-article topic="${TOPICS[0]}" cta-href="https://example.org/coverage" region="us"></limber-article>`;
const server = await serve(new URL('..', import.meta.url).pathname, { '/': page });
const browser = await launchChromium();
const tab = await browser.newPage();
await tab.goto(`${server.base}/`, { waitUntil: 'load' });
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
await server.close();
console.log(`saved ${join('test-results', 'article.pdf')} and ${join('test-results', 'article-print.png')}`);
