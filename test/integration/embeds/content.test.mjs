// The CMS page's content parts under the strict CSP: the article's JSON-LD (and a host that has
// not listed its Trusted Types policy), and content kept current by <limber-provider src>.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { openPage } from '../support/page.mjs';
import { embedContext, root } from './context.mjs';
import { TOPICS } from '../../../scripts/lib/languages.mjs';

const [TOPIC] = TOPICS;

const CMS = '/examples/cms/index.html';

describe('embeds: structured data and content packages on the CMS page', function () {
  this.timeout(120_000);
  const context = embedContext();

  it('writes one MedicalWebPage JSON-LD script through the limber-json-ld policy, with 0 violations', async () => {
    const { page } = await openPage(context.browser, `${context.base}${CMS}`);
    await page.waitForFunction(() => document.querySelector('limber-article > script[type="application/ld+json"]'), { timeout: 10_000 });
    const jsonLd = await page.evaluate(() => ({
      types: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.text)['@type']),
      violations: window.__violations,
    }));
    await page.close();
    expect(jsonLd).to.deep.equal({ types: ['MedicalWebPage'], violations: [] });
  });

  it('without limber-json-ld in trusted-types: renders, writes no JSON-LD, warns once saying why', async () => {
    const unlisted = await openPage(context.browser, `${context.base}${CMS}?tt=nojsonld`);
    await unlisted.page.waitForFunction(() => window.limberEvents.some((e) => e.type === 'limber-problem-found'), { timeout: 10_000 });
    const state = await unlisted.page.evaluate(() => ({
      scripts: document.querySelectorAll('script[type="application/ld+json"]').length,
      article: window.__deepText('limber-article'),
    }));
    await unlisted.page.close();
    expect(state.scripts, 'JSON-LD scripts').to.equal(0);
    expect(state.article).to.include('References');
    expect(unlisted.warnings).to.have.length(1);
    expect(unlisted.warnings[0]).to.include('structured data not written');
    // The browser's own report of the refused policy is the only console error.
    expect(unlisted.errors.filter((e) => !e.includes("TrustedTypePolicy named 'limber-json-ld'"))).to.deep.equal([]);
  });

  it('<limber-provider src> loads the English content package: limber-content-update with its version, 0 violations, no warnings', async () => {
    const current = await openPage(context.browser, `${context.base}${CMS}?src=1`);
    await current.page.waitForFunction(() => window.limberEvents.some((e) => e.type === 'limber-content-update'), { timeout: 10_000 });
    const update = await current.page.evaluate(() => ({
      version: window.limberEvents.find((e) => e.type === 'limber-content-update')?.detail?.version,
      violations: window.__violations,
      card: window.__deepText('limber-exercise-card'),
    }));
    await current.page.close();
    // The version `npm run build` wrote into the package (content/<topic>/changes.ts's newest).
    const built = JSON.parse(readFileSync(`${root}dist/content/${TOPIC}/en.json`, 'utf8')).version;
    expect(update.version).to.equal(built);
    expect(update.card).to.include('Sciatic nerve slider');
    expect([...update.violations, ...current.warnings, ...current.errors]).to.deep.equal([]);
  });
});
