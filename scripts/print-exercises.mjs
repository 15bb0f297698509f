// Looks at the exercises as a person would, from the built dist/limber.js in Chromium (run after
// `npm run build`); everything lands in test-results/ (git-ignored):
//   npm run figures         one PNG per exercise figure and language, at twice its size on screen
//                           (device pixel ratio 2): test-results/figures/<id>.<lang>.png (builds dist/ first if missing)
//   npm run print:handout   each topic's exercise list printed as a home-exercise handout:
//                           test-results/handout.<topic>.<lang>.pdf (+ .png)
// Every listed topic, in every language.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { serve } from './lib/serve.mjs';
import { needDist } from './lib/need-dist.mjs';
import { LANGUAGES, TOPICS } from './lib/languages.mjs';

const mode = process.argv[2];
if (mode !== 'figures' && mode !== 'handout') {
  console.error('usage: node scripts/print-exercises.mjs figures|handout');
  process.exit(1);
}
// The figures are for looking at a change to a drawing: on a fresh clone (after `npm install`) they
// build dist/ first rather than stop. The handout stops with one line, like the other scripts.
if (mode === 'figures' && !existsSync(new URL('../dist/limber.js', import.meta.url))) {
  console.log('npm run figures: dist/ is missing; running `npm run build` first');
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
needDist(`npm run ${mode === 'figures' ? 'figures' : 'print:handout'}`);
const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test-results', mode === 'figures' ? 'figures' : '');
mkdirSync(out, { recursive: true });
const LANGS = LANGUAGES;
const page = (lang, topic) => `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>Exercises</title>
  <script type="module" src="/dist/limber.js"></script>
  <main><limber-exercise-list topic="${topic}" heading-level="2"></limber-exercise-list></main>`;

const browser = await launchChromium();
const saved = [];
for (const [lang, topic] of LANGS.flatMap((code) => TOPICS.map((id) => [code, id]))) {
  const server = await serve(new URL('..', import.meta.url).pathname, { '/': page(lang, topic) });
  const tab = await browser.newPage();
  await tab.setViewport({ width: mode === 'figures' ? 720 : 794, height: 1000, deviceScaleFactor: mode === 'figures' ? 2 : 1 });
  await tab.goto(`${server.base}/`, { waitUntil: 'load' });
  // Every card has drawn every frame of its figure.
  await tab.waitForFunction(() => {
    const list = document.querySelector('limber-exercise-list')?.shadowRoot;
    const cards = [...(list?.querySelectorAll('limber-exercise-card') ?? [])];
    return cards.length > 0 && cards.every((card) => card.shadowRoot?.querySelector('.drawing svg'));
  });
  if (mode === 'figures') {
    const cards = await tab.evaluateHandle(() => [
      ...document.querySelector('limber-exercise-list').shadowRoot.querySelectorAll('limber-exercise-card'),
    ]);
    const count = await cards.evaluate((list) => list.length);
    for (let i = 0; i < count; i += 1) {
      const card = await cards.evaluateHandle((list, index) => list[index], i);
      const id = await card.evaluate((el) => el.getAttribute('exercise'));
      const figure = await card.evaluateHandle((el) => el.shadowRoot.querySelector('.figure'));
      const file = join(out, `${id}.${lang}.png`);
      await figure.asElement().screenshot({ path: file });
      saved.push(file);
    }
  } else {
    await tab.emulateMediaType('print');
    const file = join(out, `handout.${topic}.${lang}.pdf`);
    await tab.pdf({
      path: file,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:8px;width:100%;padding:0 15mm;display:flex;justify-content:space-between"><span class="url"></span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
      margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' },
    });
    await tab.screenshot({ path: file.replace(/\.pdf$/, '.png'), fullPage: true });
    saved.push(file);
  }
  await tab.close();
  await server.close();
}
await browser.close();
console.log(`saved ${saved.length} files:\n${saved.map((f) => `  ${f.replace(`${root}`, '')}`).join('\n')}`);
