// The React 19 portal (examples/react-portal, built by Vite) served with the strict CSP.
import { openPage } from './page.mjs';

export async function reactChecks({ browser, base, report }) {
  const { page, warnings, errors } = await openPage(browser, `${base}/examples/react-portal/dist/index.html`);
  const card = await page.evaluate(() => window.__deepText('limber-exercise-card'));
  const article = await page.evaluate(() => window.__deepText('limber-article'));
  const tip = await page.evaluate(() => window.__deepText('limber-tip'));
  report(card.includes('Desk break stretch') && card.includes('5 times'), 'React: the wrapper renders a host-supplied Exercise passed as data');
  report(article.includes('What causes a pinched nerve') && tip.includes('Pre-treat with heat'), 'React: the article wrapper and a bare <limber-tip> tag render');
  const violations = await page.evaluate(() => window.__violations);
  report(violations.length === 0 && !errors.some((e) => /Content Security Policy|Trusted Type/i.test(e)), 'React: 0 securitypolicyviolation events under the strict CSP', violations.join('; '));
  report(errors.length === 0 && warnings.length === 0, 'React: no page errors and no warnings', [...errors, ...warnings].join('; '));
  await page.evaluate(() => window.__deep(['limber-article', 'limber-cta', 'a']).click());
  await page.waitForFunction(() => document.querySelector('#cta-detail')?.textContent !== '', { timeout: 5000 }).catch(() => {});
  const shown = await page.evaluate(() => document.querySelector('#cta-detail')?.textContent);
  report(
    shown === JSON.stringify({ href: '/benefits/coverage', label: 'Check your coverage', topic: 'pinched-nerve-low-back' }) && page.url().endsWith('/index.html'),
    'React: onLimberCtaClick receives the typed detail, and preventDefault keeps the portal on its page',
    shown ?? '',
  );
  const accent = await page.evaluate(() => getComputedStyle(window.__deep(['limber-exercise-card', '[part~="goal"]'])).backgroundColor);
  report(accent === 'rgb(11, 93, 75)', 'React: the portal brand (a --limber-* token in its own CSS) reaches inside', accent);
  await page.close();
}
