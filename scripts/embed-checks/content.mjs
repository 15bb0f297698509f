// The CMS page's checks of issue 15's parts: the article's JSON-LD under the strict CSP (and with
// its policy left out), and content kept current by <limber-provider src>.
import { readFileSync } from 'node:fs';
import { openPage } from './page.mjs';

const root = new URL('../..', import.meta.url).pathname;

const CMS = '/examples/cms/index.html';

export async function contentChecks({ browser, base, report }) {
  const { page } = await openPage(browser, `${base}${CMS}`);
  // The article's schema.org JSON-LD, written through the limber-json-ld Trusted Types policy.
  await page.waitForFunction(() => document.querySelector('limber-article > script[type="application/ld+json"]'), { timeout: 10_000 });
  const jsonLd = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.text)['@type']),
    violations: window.__violations,
  }));
  report(
    jsonLd.scripts.join() === 'MedicalWebPage' && jsonLd.violations.length === 0,
    'CMS: the article writes one MedicalWebPage JSON-LD script under the strict CSP (trusted-types lit-html limber-json-ld): 0 violations',
    JSON.stringify(jsonLd),
  );

  // A host whose CSP does not list limber-json-ld: no structured data, one warning saying why, the page unharmed.
  const unlisted = await openPage(browser, `${base}${CMS}?tt=nojsonld`);
  await unlisted.page.waitForFunction(() => window.limberEvents.some((e) => e.type === 'limber-problem-found'), { timeout: 10_000 });
  const unlistedState = await unlisted.page.evaluate(() => ({
    scripts: document.querySelectorAll('script[type="application/ld+json"]').length,
    article: window.__deepText('limber-article').includes('References'),
  }));
  report(
    unlistedState.scripts === 0 &&
      unlistedState.article &&
      unlisted.warnings.length === 1 &&
      unlisted.warnings[0].includes('structured data not written') &&
      // The browser's own report of the refused policy is the only console error.
      unlisted.errors.every((e) => e.includes("TrustedTypePolicy named 'limber-json-ld'")),
    'CMS without limber-json-ld in trusted-types: the article renders, writes no JSON-LD, and warns once saying why (the browser reports the refused policy)',
    JSON.stringify({ ...unlistedState, warnings: unlisted.warnings, errors: unlisted.errors }),
  );
  await unlisted.page.close();

  // Content kept current from a package URL, under the strict CSP (connect-src 'self').
  const current = await openPage(browser, `${base}${CMS}?src=1`);
  await current.page.waitForFunction(() => window.limberEvents.some((e) => e.type === 'limber-content-update'), { timeout: 10_000 });
  const update = await current.page.evaluate(() => ({
    detail: window.limberEvents.find((e) => e.type === 'limber-content-update')?.detail,
    violations: window.__violations,
    card: window.__deepText('limber-exercise-card').includes('Sciatic nerve slider'),
  }));
  report(
    // The version `npm run build` wrote into the package (content/<topic>/changes.ts's newest).
    update.detail?.version === JSON.parse(readFileSync(`${root}dist/content/pinched-nerve-low-back/en.json`, 'utf8')).version &&
      update.card &&
      update.violations.length === 0 &&
      current.warnings.length === 0 &&
      current.errors.length === 0,
    'CMS: <limber-provider src> loads the English content package under the strict CSP: limber-content-update, 0 violations, no warnings',
    JSON.stringify({ ...update, warnings: current.warnings, errors: current.errors }),
  );
  await current.page.close();

  await page.close();
}
