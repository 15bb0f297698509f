// The built dist/ the way hosts use it, in headless Chromium: a CMS page (one <script> and bare
// tags), a portal page (the per-element module, Lit from an import map, `.data` set), and a portal's
// TypeScript compiled against the package's exports and types. Needs `npm run build`.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { launch, openPage, waitForText } from './support/browser.js';
import { needDist } from './support/need-dist.js';
import { serve, type Served } from '../../scripts/lib/serve.mjs';
import { LANGUAGES, TOPIC } from '../support/lists.js';
import { TOPICS } from '../support/topics.js';

const CMS = `<!doctype html><html lang="en"><title>CMS</title>
  <script type="module" src="/dist/limber.js"></script>
  <limber-exercise-card exercise="sciatic-nerve-glide"></limber-exercise-card>
  <limber-exercise-list topic=${TOPIC}></limber-exercise-list>`;

const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'];
const PORTAL = `<!doctype html><html lang="en"><title>Portal</title>
  <script type="importmap">${JSON.stringify({
    imports: {
      lit: '/node_modules/lit/index.js',
      'lit-html': '/node_modules/lit-html/lit-html.js',
      '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
      '@lit/context': '/node_modules/@lit/context/index.js',
      ...Object.fromEntries(LIT.map((name) => [`${name}/`, `/node_modules/${name}/`])),
    },
  })}</script>
  <script type="module">
    import '/dist/exercise-card.js';
    const card = document.createElement('limber-exercise-card');
    card.data = { id: 'portal-stretch', name: 'Portal stretch', goal: 'flexibility',
      startingPosition: 'Sit tall.', steps: ['Reach up.'], dosage: { reps: 5 },
      stopIf: ['it hurts'], references: ['nhs-111-wales-sciatica'] };
    document.body.append(card);
  </script>`;

describe('the built package (dist/)', function () {
  this.timeout(60_000);
  let server: Served;
  let browser: Browser;

  before(async () => {
    needDist(['limber.js', 'exercise-card.js', 'types/src/index.d.ts']);
    server = await serve('.', { '/cms.html': CMS, '/portal.html': PORTAL });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const shows = (path: string, selector: string, expected: string) => async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(server.base + path, { waitUntil: 'load' });
    expect(await waitForText(page, selector, expected), `${path}: what ${selector} shows`).to.include(expected);
    expect(problems, `${path}: page errors and warnings`).to.deep.equal([]);
    await page.close();
  };

  it('a CMS page with one <script> shows an exercise card by its id', shows('/cms.html', 'limber-exercise-card', 'Sciatic nerve slider'));
  it(
    'a CMS page with one <script> shows the exercise list of a topic',
    shows('/cms.html', 'limber-exercise-list', 'Buttock (piriformis) stretch'),
  );
  it(
    'a portal page shows the card the per-element module made from .data',
    shows('/portal.html', 'limber-exercise-card', 'Portal stretch'),
  );

  it("a portal's TypeScript (test/dist/portal-usage.ts) compiles against the package's types", () => {
    execFileSync('npx', ['tsc', '-p', 'test/dist/tsconfig.json'], { stdio: 'pipe', encoding: 'utf8' });
  });

  it('npm run figures writes a PNG of every figure in every language, at twice its size on screen', () => {
    const output = execFileSync('node', ['scripts/print-exercises.mjs', 'figures'], { encoding: 'utf8' });
    const saved = output.split('\n').filter((line) => line.trim().startsWith('test-results/figures/'));
    expect(saved.map((line) => line.trim()).sort()).to.deep.equal(
      TOPICS.flatMap((topic) => topic.exercises.items.map((e) => e.id))
        .flatMap((id) => LANGUAGES.map((lang) => `test-results/figures/${id}.${lang}.png`))
        .sort(),
    );
    for (const line of saved) {
      const png = readFileSync(line.trim());
      // The PNG header's width and height; each figure is drawn at a device pixel ratio of 2, so both are even.
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(png.subarray(1, 4).toString(), line).to.equal('PNG');
      expect(width % 2, `${line}: ${width} px wide`).to.equal(0);
      expect(width, line).to.be.at.least(600);
      expect(height, line).to.be.at.least(300);
    }
  });
});
