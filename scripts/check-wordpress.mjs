// `npm run check:wordpress`: the plugin in a real WordPress. Installs Debian's wordpress, PHP and
// MariaDB when missing, starts MariaDB, creates a fresh site (PHP's built-in server), uploads
// dist/wordpress/limber-health-content.zip with WordPress's own unzip, activates it and a
// hostile theme, publishes posts with blocks and shortcodes, then checks them in Chromium:
// visible with JavaScript off, no layout shift with it, the theme changes nothing inside, axe,
// unknown ids (nothing for readers, a notice for editors), settings (clinical review required:
// notices, the emergency card always), and the block in the editor's inserter with its live preview. Prints one line per check; exits non-zero on failure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { createReport } from './lib/report.mjs';
import { TEXT_PROPERTIES, openPage, stylesAt } from './embed-checks/page.mjs';
import { startWordPressSite } from './wordpress/site.mjs';
import { wordpressColumn } from './embed-checks/matrix.mjs';

const root = new URL('..', import.meta.url).pathname;
const started = Date.now();
const site = await startWordPressSite(root, join(root, 'dist/wordpress/limber-health-content.zip'));
const { base, urls } = site;
console.log(`${site.versions}; site ready in ${((Date.now() - started) / 1000).toFixed(0)} s at ${base}`);

const browser = await launchChromium();
const { report, finish } = createReport('check:wordpress');
try {
  await checks(browser, base, urls, report);
  // The plugin beside every other way onto a page, brought by the theme (its own copy of Limber).
  await wordpressColumn({ browser, base, url: urls.block, themeDir: site.themeDir, report });
} finally {
  await browser.close();
  site.stop();
  const notices = site.pluginNotices();
  report(notices.length === 0, 'no PHP notice, warning or error from the plugin (WP_DEBUG on)', notices.join('\n'));
}
console.log(`check:wordpress took ${((Date.now() - started) / 1000).toFixed(0)} s`);
finish();

/**
 * Logs in as the site's editor when `page` shows the login form (WordPress sends an admin page
 * there, with `redirect_to`, when the admin cookie is not taken: seen once in a few runs).
 */
async function logIn(page) {
  if (!page.url().includes('/wp-login.php')) return;
  await page.$eval('#user_login', (el) => (el.value = 'editor'));
  await page.$eval('#user_pass', (el) => (el.value = 'limber-editor-pass'));
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
}

/** Words below `selector`, through shadow roots (no JavaScript needed on the page). */
function deepWords(page, selector) {
  return page.evaluate((s) => {
    const walk = (n) =>
      [...n.childNodes]
        .map((c) =>
          c.nodeType === 3 ? c.textContent : c.localName === 'style' ? '' : ` ${c.shadowRoot ? walk(c.shadowRoot) : ''}${walk(c)} `,
        )
        .join('');
    return [...document.querySelectorAll(s)].map((el) => walk(el).replace(/\s+/g, ' ').trim());
  }, selector);
}

async function checks(browser, base, urls, report) {
  // Readers with JavaScript off: the pre-rendered HTML is the content.
  {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(urls.block, { waitUntil: 'load' });
    const [card, care] = await deepWords(page, '.limber-health-content');
    report(
      card?.includes('Sciatic nerve slider') && card.includes('Starting position'),
      'block, JavaScript off: the exercise card shows its name and steps',
      card?.slice(0, 80),
    );
    report(
      care?.includes('999') && /llame|Llame/.test(care),
      'block, JavaScript off: the Spanish UK emergency card shows 999',
      care?.slice(0, 80),
    );
    await page.goto(urls.shortcode, { waitUntil: 'load' });
    const words = await deepWords(page, '.limber-health-content');
    report(
      words.length === 2 && words[0].includes('nervio ciático') && words[1].includes('Pre-treat with heat'),
      'shortcodes, JavaScript off: the Spanish card and the tip show',
      `${words.length} embeds`,
    );
    const body = await page.evaluate(() => document.body.innerHTML);
    report(
      !body.includes('no-such-exercise') && !body.includes('limber-health-content-notice') && !body.includes('<script>alert'),
      'unknown ids render nothing for readers (no notice, no echo of the id)',
    );
    const own = body.match(/Text the editor wrote before the embeds[^<]*/)?.[0];
    report(
      own === 'Text the editor wrote before the embeds — with “quotes”.',
      "the post's own text still gets WordPress's typography (the embeds are kept out of it)",
      own,
    );
    await page.close();
  }
  // With JavaScript: hydrated in place, nothing moves, nothing logged.
  for (const [name, url] of [
    ['block', urls.block],
    ['shortcode', urls.shortcode],
    ['article', urls.article],
  ]) {
    const { page, errors } = await openPage(browser, url, { viewport: { width: 390, height: 844 } });
    const state = await page.evaluate(() => ({
      cls: window.__cls,
      upgraded: [...document.querySelectorAll('.limber-health-content > *')].every(
        (el) => customElements.get(el.localName) && el.hasUpdated,
      ),
      module: [...document.scripts].some((s) => s.type === 'module' && s.async && /assets\/limber-hydrate\.js/.test(s.src)),
    }));
    report(state.module, `${name}: limber-hydrate.js enqueued from the plugin's assets, as an async module`);
    report(state.upgraded, `${name}: every embed hydrated`);
    report(state.cls === 0, `${name}: layout shift 0.00 with JavaScript`, `CLS ${state.cls.toFixed(4)}`);
    report(errors.length === 0, `${name}: no console errors`, errors.join(' | ').slice(0, 300));
    // axe (WCAG 2.2 AA) on the embeds.
    await page.addScriptTag({ content: readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(
        { include: [['.limber-health-content']] },
        { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
      );
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    report(violations.length === 0, `${name}: axe finds no WCAG 2.2 AA violation in the embeds`, violations.join(', '));
    if (name === 'shortcode') {
      // theme="dark" on the tip only: the card beside it keeps the reader's (light) colours.
      const [card, tip] = await page.evaluate(() =>
        [...document.querySelectorAll('.limber-health-content')].map((w) =>
          getComputedStyle(w.firstElementChild).getPropertyValue('--limber-color-surface').trim(),
        ),
      );
      report(
        tip === '#121820' && card !== tip,
        'a per-embed theme (dark tip) styles that embed only',
        `card ${card || '(default)'}, tip ${tip}`,
      );
    }
    if (name === 'block') {
      // The hostile theme stylesheet, on and off: nothing inside the embeds changes.
      const parts = {
        name: ['limber-exercise-card', '[part~="name"]'],
        step: ['limber-exercise-card', '.steps > li'],
        'care heading': ['limber-care-card', 'h2'],
      };
      const read = async () =>
        Object.fromEntries(await Promise.all(Object.entries(parts).map(async ([k, p]) => [k, await stylesAt(page, p, TEXT_PROPERTIES)])));
      const withTheme = await read();
      await page.screenshot({ path: join(root, 'test-results/wordpress-block.png'), fullPage: true });
      const themed = await page.evaluate(() => getComputedStyle(document.querySelector('h1')).fontFamily);
      await page.evaluate(() => {
        document.querySelector('#limber-hostile-style-css').disabled = true;
      });
      const without = await read();
      const same = JSON.stringify(withTheme) === JSON.stringify(without) && Object.values(withTheme).every(Boolean);
      report(/Comic/.test(themed), "the hostile theme styles the page's own heading", themed);
      report(
        same,
        'the hostile theme stylesheet changes nothing inside the embeds',
        same ? '' : JSON.stringify({ withTheme, without }).slice(0, 300),
      );
    }
    await page.close();
  }
  // Editors: the notice for unknown ids, the settings page, the block in the inserter with its preview.
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${base}/wp-login.php`, { waitUntil: 'load' });
  await logIn(page);
  await page.goto(urls.shortcode, { waitUntil: 'load' });
  const notices = await page.$$eval('.limber-health-content-notice', (ps) => ps.map((p) => p.textContent));
  const injected = await page.evaluate(() => [...document.scripts].some((s) => s.textContent.includes('alert(1)')));
  report(
    !injected &&
      notices.length === 2 &&
      notices[0].includes('no exercise with id "no-such-exercise"') &&
      notices[1].includes('"<script>alert(1)</script>"'),
    'editors see a notice for each unknown id, the id escaped as text',
    notices.join(' | '),
  );
  await page.goto(`${base}/wp-admin/options-general.php?page=limber-health-content`, { waitUntil: 'load' });
  await logIn(page);
  await page.select('#limber-hc-locale', 'es');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
  await page.goto(urls.block, { waitUntil: 'load' });
  const [afterSetting] = await deepWords(page, '.limber-health-content');
  report(
    afterSetting?.includes('Deslizamiento') || afterSetting?.includes('nervio'),
    'Settings → Limber: the site default language (Spanish) applies to a block that does not choose one',
    afterSetting?.slice(0, 60),
  );
  await page.goto(`${base}/wp-admin/post-new.php`, { waitUntil: 'load' });
  await logIn(page);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('limber/health-content'), { timeout: 30_000 }).catch(() => {});
  const registered = await page.evaluate(() => window.wp?.blocks?.getBlockType?.('limber/health-content')?.title);
  report(registered === 'Limber health content', 'editor: the block is registered from block.json', String(registered));
  await page.evaluate(
    () =>
      window.wp?.data?.select('core/edit-post')?.isFeatureActive('welcomeGuide') &&
      window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide'),
  );
  const toggle = await page.waitForSelector('button[aria-label="Toggle block inserter"]', { timeout: 15_000 }).catch(() => null);
  await toggle?.click();
  const search = await page.waitForSelector('.block-editor-inserter__search input', { timeout: 15_000 }).catch(() => null);
  await search?.type('Limber');
  const item = await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.block-editor-block-types-list__item')].find((b) => b.textContent.includes('Limber health content')),
      { timeout: 15_000 },
    )
    .catch(() => null);
  report(Boolean(item), 'editor: searching the inserter for "Limber" offers "Limber health content"');
  await item?.asElement()?.click();
  const preview = await page
    .waitForFunction(
      () => {
        const card = document.querySelector('.editor-styles-wrapper limber-exercise-card');
        return card?.shadowRoot?.textContent.includes('Sciatic nerve slider') || card?.shadowRoot?.textContent.includes('nervio');
      },
      { timeout: 15_000 },
    )
    .catch(() => null);
  report(Boolean(preview), 'editor: the inserted block previews the live card');
  await page.screenshot({ path: join(root, 'test-results/wordpress-editor.png') });
  // Settings → Limber, clinical review required: no built-in item is signed off, so each gives way
  // to a notice, printed by the server (JavaScript off); the emergency card always shows. A new tab:
  // the editor's, with an unsaved block, would ask before leaving.
  await page.close();
  const admin = await browser.newPage();
  await admin.goto(`${base}/wp-admin/options-general.php?page=limber-health-content`, { waitUntil: 'load' });
  await logIn(admin);
  await admin.select('#limber-hc-requireReview', 'clinical');
  await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), admin.click('#submit')]);
  await admin.close();
  const reader = await browser.newPage();
  await reader.setJavaScriptEnabled(false);
  await reader.goto(urls.article, { waitUntil: 'load' });
  const [held] = await deepWords(reader, '.limber-health-content');
  report(
    held?.includes('Este ejercicio no se muestra aquí porque ningún profesional clínico lo ha revisado todavía.') &&
      !held.includes('Giro de rodillas'),
    'Settings → Limber, clinical review required: each unreviewed exercise gives way to a notice (JavaScript off)',
    held?.slice(0, 80),
  );
  report(
    held?.includes('Pida ayuda de emergencia ahora si') &&
      held.includes('Se muestra de todos modos, porque los signos de emergencia nunca se ocultan.'),
    'Settings → Limber, clinical review required: the emergency card still shows, saying it has not been clinically reviewed',
  );
  await reader.close();
}
