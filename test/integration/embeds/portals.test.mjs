// The React and Angular portal apps (examples/), built against the built package and served with
// the strict CSP: each type-checks and builds, renders Limber with host data and the article,
// receives limber-cta-click with its typed detail in its own state, and passes its brand token in.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { openPage } from '../support/page.mjs';
import { embedContext, root } from './context.mjs';
import { TOPICS } from '../../../scripts/lib/languages.mjs';

const [TOPIC] = TOPICS;

const CTA = JSON.stringify({ href: '/benefits/coverage', label: 'Check your coverage', topic: TOPIC });
const run = (command, args, cwd = root) =>
  execFileSync(command, args, { cwd, stdio: 'pipe', env: { ...process.env, NG_CLI_ANALYTICS: 'false' } });

const PORTALS = [
  {
    name: 'React 19',
    build: [
      ['type-checks (tsc -p examples/react-portal)', () => run('npx', ['tsc', '-p', 'examples/react-portal/tsconfig.json'])],
      ['builds with Vite', () => run('npx', ['vite', 'build', '--config', 'examples/react-portal/vite.config.ts'])],
    ],
    path: '/examples/react-portal/dist/index.html',
    exercise: 'Desk break stretch',
    accent: 'rgb(11, 93, 75)',
    extra: [['Pre-treat with heat', 'limber-tip']],
  },
  {
    name: 'Angular 20',
    // Its own toolchain, installed by `npm ci --prefix examples/angular-portal`.
    build: [['builds (ng build, strictTemplates)', () => run('npx', ['ng', 'build'], `${root}examples/angular-portal`)]],
    path: '/examples/angular-portal/dist/index.html',
    exercise: 'Shoulder rolls at your desk',
    accent: 'rgb(138, 59, 18)',
    extra: [],
  },
];

for (const app of PORTALS)
  describe(`embeds: the ${app.name} portal`, function () {
    this.timeout(300_000);
    const context = embedContext();
    for (const [label, step] of app.build) it(label, step);

    describe('served with the strict CSP', () => {
      let shown;
      before(async () => {
        shown = await openPage(context.browser, `${context.base}${app.path}`);
      });
      after(() => shown?.page.close());
      const deepText = (selector) => shown.page.evaluate((s) => window.__deepText(s), selector);

      it('renders a host-supplied Exercise bound as data', async () => {
        expect(await deepText('limber-exercise-card')).to.include(app.exercise);
      });
      it('renders the article', async () => {
        expect(await deepText('limber-article'))
          .to.include('What causes a pinched nerve')
          .and.include('References');
      });
      for (const [words, selector] of app.extra)
        it(`renders ${selector}`, async () => {
          expect(await deepText(selector)).to.include(words);
        });
      it('has 0 securitypolicyviolation events', async () => {
        expect(await shown.page.evaluate(() => window.__violations)).to.deep.equal([]);
        expect(shown.errors.filter((e) => /Content Security Policy|Trusted Type/i.test(e))).to.deep.equal([]);
      });
      it('logs no page errors and no warnings', () => {
        expect([...shown.errors, ...shown.warnings]).to.deep.equal([]);
      });
      it('hands the typed detail of limber-cta-click to its handler, which cancels navigation', async () => {
        const { page } = shown;
        await page.evaluate(() => window.__deep(['limber-article', 'limber-cta', 'a']).click());
        await page
          .waitForFunction(() => document.querySelector('#cta-detail')?.textContent?.trim() !== '', { timeout: 5000 })
          .catch(() => {});
        expect((await page.evaluate(() => document.querySelector('#cta-detail')?.textContent ?? '')).trim()).to.equal(CTA);
        expect(page.url()).to.match(/\/index\.html$/);
      });
      it('passes its --limber-* brand token inside', async () => {
        const accent = await shown.page.evaluate(
          () => getComputedStyle(window.__deep(['limber-exercise-card', '[part~="goal"]'])).backgroundColor,
        );
        expect(accent).to.equal(app.accent);
      });
    });
  });
