// A portal app (React or Angular) served with the strict CSP: it renders Limber with host data,
// the article, and receives limber-cta-click with its typed detail in its own state.
import { openPage } from './page.mjs';

const CTA = JSON.stringify({ href: '/benefits/coverage', label: 'Check your coverage', topic: 'pinched-nerve-low-back' });

/** `app`: { name, path, exercise (its name), accent (rgb of the portal's --limber-color-accent) }. */
export async function portalChecks({ browser, base, report }, app) {
  const { page, warnings, errors } = await openPage(browser, `${base}${app.path}`);
  const card = await page.evaluate(() => window.__deepText('limber-exercise-card'));
  const article = await page.evaluate(() => window.__deepText('limber-article'));
  report(card.includes(app.exercise), `${app.name}: a host-supplied Exercise bound as data renders`);
  report(article.includes('What causes a pinched nerve') && article.includes('References'), `${app.name}: the article renders`);
  for (const [label, selector] of app.extra ?? []) {
    report((await page.evaluate((s) => window.__deepText(s), selector)).includes(label), `${app.name}: ${selector} renders`);
  }
  const violations = await page.evaluate(() => window.__violations);
  report(
    violations.length === 0 && !errors.some((e) => /Content Security Policy|Trusted Type/i.test(e)),
    `${app.name}: 0 securitypolicyviolation events under ${app.csp}`,
    violations.join('; '),
  );
  report(errors.length === 0 && warnings.length === 0, `${app.name}: no page errors and no warnings`, [...errors, ...warnings].join('; '));
  await page.evaluate(() => window.__deep(['limber-article', 'limber-cta', 'a']).click());
  await page.waitForFunction(() => document.querySelector('#cta-detail')?.textContent?.trim() !== '', { timeout: 5000 }).catch(() => {});
  const shown = (await page.evaluate(() => document.querySelector('#cta-detail')?.textContent ?? '')).trim();
  report(
    shown === CTA && page.url().endsWith('/index.html'),
    `${app.name}: the limber-cta-click handler gets the typed detail and cancels navigation`,
    shown,
  );
  const accent = await page.evaluate(() => getComputedStyle(window.__deep(['limber-exercise-card', '[part~="goal"]'])).backgroundColor);
  report(accent === app.accent, `${app.name}: the portal's --limber-* brand token reaches inside`, accent);
  await page.close();
}
