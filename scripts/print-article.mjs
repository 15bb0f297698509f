// Prints <limber-article> from the built dist/limber.js with Chromium: saves a PDF and a PNG of
// the print rendering of each listed topic (or only the one named: `npm run print:article --
// <topic>`) to test-results/article.<topic>.pdf and .png (git-ignored), to look at by eye. Run
// after `npm run build`.
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
const wanted = process.argv[2];
if (wanted !== undefined && !TOPICS.includes(wanted)) {
  console.error(`npm run print:article: no topic "${wanted}"; the topics are ${TOPICS.join(', ')}`);
  process.exit(1);
}
const page = (topic) => `<!doctype html><html lang="en"><title>Print</title>
  <script type="module" src="/dist/limber.js"></script>
  <limber-article topic="${topic}" cta-href="https://example.org/coverage" region="us"></limber-article>`;
const browser = await launchChromium();
for (const topic of wanted === undefined ? TOPICS : [wanted]) {
  const server = await serve(new URL('..', import.meta.url).pathname, { '/': page(topic) });
  const tab = await browser.newPage();
  await tab.goto(`${server.base}/`, { waitUntil: 'load' });
  await tab.waitForFunction(() =>
    document.querySelector('limber-article')?.shadowRoot?.querySelector('limber-citations')?.shadowRoot?.querySelector('li'),
  );
  await tab.emulateMediaType('print');
  await tab.setViewport({ width: 794, height: 1123 });
  await tab.pdf({
    path: join(out, `article.${topic}.pdf`),
    format: 'A4',
    printBackground: true,
    margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
  });
  await tab.screenshot({ path: join(out, `article.${topic}.png`), fullPage: true });
  await tab.close();
  await server.close();
  console.log(`saved ${join('test-results', `article.${topic}.pdf`)} and .png`);
}
await browser.close();
