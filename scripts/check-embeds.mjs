// Embedding checks in headless Chromium, on pages served with the strict CSP (embed-server.mjs):
// the CMS page under a hostile stylesheet, loaded once, twice and mixed, branded from outside;
// the builder's snippets; the portals; and the ways onto a page, pair by pair (matrix.mjs).
// `--only=matrix` runs only the matrix.
// Prints one line per check and "N passed, M failed"; exits non-zero on any failure.
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import { launchChromium } from './lib/chromium.mjs';
import { createReport } from './lib/report.mjs';
import { startEmbedServer } from './embed-server.mjs';
import { execFileSync } from 'node:child_process';
import { allElementsChecks, cmsChecks, localeChecks } from './embed-checks/cms.mjs';
import { contentChecks } from './embed-checks/content.mjs';
import { portalChecks } from './embed-checks/portal.mjs';
import { hostileCssChecks } from './embed-checks/hostile-css.mjs';
import { snippetChecks } from './embed-checks/snippets.mjs';
import { matrixChecks } from './embed-checks/matrix.mjs';
import { needDist } from './lib/need-dist.mjs';

needDist('npm run check:embeds', ['limber.js', 'exercise-card.js', 'prerendered/index.json']);

const root = new URL('..', import.meta.url).pathname;

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

if (!only) {
  // A portal's bundle of the per-element module, Lit included, for the mixed-loading page.
  const bundle = await rollup({ input: 'dist/exercise-card.js', plugins: [nodeResolve()], onwarn: () => {} });
  // One file, so the built-in content the card fetches on first use is inlined too.
  await bundle.write({ file: 'test-results/portal-card.js', format: 'es', inlineDynamicImports: true });

  // The React portal: type-checked with tsc, then built with Vite against the built package.
  execFileSync('npx', ['tsc', '-p', 'examples/react-portal/tsconfig.json'], { cwd: root, stdio: 'inherit' });
  console.log('ok   React portal type-checks (tsc -p examples/react-portal)');
  execFileSync('npx', ['vite', 'build', '--config', 'examples/react-portal/vite.config.ts'], { cwd: root, stdio: 'inherit' });
  // The Angular portal: its own toolchain, installed by `npm ci --prefix examples/angular-portal`.
  execFileSync('npx', ['ng', 'build'], {
    cwd: `${root}examples/angular-portal`,
    stdio: 'inherit',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
  console.log('ok   Angular portal builds (ng build, strictTemplates)');
}

const server = await startEmbedServer(root);
const browser = await launchChromium();
const { report, finish } = createReport();
try {
  if (only === 'matrix') await matrixChecks({ browser, base: server.url, report });
  else await everyCheck({ browser, base: server.url, report });
} finally {
  await browser.close();
  server.close();
}
finish();

async function everyCheck(context) {
  await allElementsChecks(context);
  await cmsChecks(context);
  await contentChecks(context);
  await localeChecks(context);
  await hostileCssChecks(context);
  await snippetChecks(context);
  await portalChecks(context, {
    name: 'React 19',
    path: '/examples/react-portal/dist/index.html',
    csp: 'the strict CSP',
    exercise: 'Desk break stretch',
    accent: 'rgb(11, 93, 75)',
    extra: [['Pre-treat with heat', 'limber-tip']],
  });
  await portalChecks(context, {
    name: 'Angular 20',
    path: '/examples/angular-portal/dist/index.html',
    csp: 'the strict CSP',
    exercise: 'Shoulder rolls at your desk',
    accent: 'rgb(138, 59, 18)',
  });
  await matrixChecks(context);
}
