// The CMS page checks: render, events, CSP, isolation both ways, layout shift, double loading,
// theming from outside. Each calls report(ok, label, detail).
import { TEXT_PROPERTIES, openPage, stylesAt } from './page.mjs';

const CMS = '/examples/cms/index.html';

// Key parts inside the elements, as selector paths through shadow roots.
const INSIDE = {
  'card name': ['limber-exercise-card', '[part~="name"]'],
  'card step': ['limber-exercise-card', '.steps > li'],
  'card stop-if': ['limber-exercise-card', '[part~="stop-if"]'],
  'card stop-if item': ['limber-exercise-card', '[part~="stop-if"] li'],
  'card source link': ['limber-exercise-card', '[part~="sources"] a'],
  'article title': ['limber-article', '#heading'],
  'article contents list': ['limber-article', 'nav ol'],
  'cause heading': ['limber-article', 'limber-causes', 'h4'],
  'treatment quote': ['limber-article', 'limber-treatment-list', 'blockquote p'],
  'reference link': ['limber-article', 'limber-citations', 'a'],
  'call-to-action button': ['limber-article', 'limber-cta', 'a'],
};
// The host page's own elements.
const OUTSIDE = {
  html: ['html'],
  body: ['body'],
  h1: ['h1'],
  h2: ['h2'],
  'intro paragraph': ['.host-intro'],
  'intro link': ['.host-intro a'],
  list: ['.host-list'],
  'list item': ['.host-list li'],
  'closing paragraph': ['.host-after'],
};

async function snapshot(page, parts) {
  const out = {};
  for (const [name, path] of Object.entries(parts)) out[name] = await stylesAt(page, path, TEXT_PROPERTIES);
  return out;
}

function differences(a, b) {
  const diffs = [];
  for (const [part, styles] of Object.entries(a)) {
    if (!styles || !b[part]) {
      diffs.push(`${part}: missing`);
      continue;
    }
    for (const [prop, value] of Object.entries(styles))
      if (b[part][prop] !== value) diffs.push(`${part} ${prop}: ${value} vs ${b[part][prop]}`);
  }
  return diffs;
}

/** Every element on one Storybook-free page, under the strict CSP. */
export async function allElementsChecks({ browser, base, report }) {
  const { page, warnings, errors } = await openPage(browser, `${base}/examples/all-elements/index.html`);
  const tags = await page.evaluate(() => {
    const found = new Set();
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('limber-') && el.shadowRoot?.childNodes.length) found.add(el.localName);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return [...found].sort();
  });
  const violations = await page.evaluate(() => window.__violations);
  const video = await page.evaluate(() => Boolean(window.__deep(['#video-card', 'video track[kind="captions"]'])));
  const notice = await page.evaluate(() =>
    Boolean(window.__deep(['limber-exercise-card:not([id])[exercise="no-such-exercise"]', '[role="note"]'])),
  );
  report(
    tags.length === 14 && video && notice,
    `every element renders on one page (${tags.length} tags), incl. a captioned video and a problem notice`,
    tags.join(' '),
  );
  report(
    violations.length === 0 && !errors.some((e) => /Content Security Policy|Trusted Type/i.test(e)),
    'every element: 0 securitypolicyviolation events under the strict CSP',
    [...violations, ...errors].join('; '),
  );
  report(
    warnings.length === 1 && warnings[0].includes('no exercise with id "no-such-exercise"'),
    'every element: the only warning is the deliberate bad id',
    warnings.join('; '),
  );
  await page.close();
}

export async function cmsChecks({ browser, base, report }) {
  const { page, warnings, errors } = await openPage(browser, `${base}${CMS}`);
  const card = await page.evaluate(() => window.__deepText('limber-exercise-card'));
  const article = await page.evaluate(() => window.__deepText('limber-article'));
  report(card.includes('Sciatic nerve slider') && card.includes('Stop and get advice if'), 'CMS: the card renders from attributes alone');
  report(
    article.includes('What causes a pinched nerve') && article.includes('References'),
    'CMS: the article renders from attributes alone',
  );
  const violations = await page.evaluate(() => window.__violations);
  const cspErrors = errors.filter((e) => /Content Security Policy|Trusted Type/i.test(e));
  report(
    violations.length === 0 && cspErrors.length === 0,
    'CMS: 0 securitypolicyviolation events under the strict CSP',
    [...violations, ...cspErrors].join('; '),
  );
  report(errors.length === 0 && warnings.length === 0, 'CMS: no page errors and no warnings', [...errors, ...warnings].join('; '));

  // The figure playing and the guided mode running, start to finish, under the same strict CSP.
  await page.evaluate(() => window.__deep(['limber-exercise-card', '.play']).click());
  await page.evaluate(() => window.__deep(['limber-exercise-card', '.start-guided']).click());
  await page.waitForFunction(() => window.__deep(['limber-exercise-card', '.guided .primary']), { timeout: 10_000 });
  for (let step = 0; step < 3; step += 1) {
    await page.evaluate(() => window.__deep(['limber-exercise-card', '.guided .primary']).click());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const guided = await page.evaluate(() => ({
    violations: window.__violations,
    events: window.limberEvents.filter((e) => e.type.startsWith('limber-exercise')).map((e) => e.type),
    done: window.__deepText('limber-exercise-card'),
  }));
  report(
    guided.violations.length === 0 && guided.events.join() === 'limber-exercise-start,limber-exercise-complete' && errors.length === 0,
    'CMS: the figure plays and the guided mode runs to the end under the strict CSP: 0 violations, start and complete events',
    JSON.stringify({ ...guided, done: undefined, errors }),
  );

  await page.evaluate(() => window.__deep(['limber-article', 'limber-cta', 'a']).click());
  const events = await page.evaluate(() => window.limberEvents);
  const cta = events.find((e) => e.type === 'limber-cta-click');
  report(
    JSON.stringify(cta?.detail) ===
      JSON.stringify({ href: 'https://example.org/coverage', label: 'Check your coverage', topic: 'pinched-nerve-low-back' }) &&
      page.url().endsWith(CMS),
    'CMS: limber-cta-click reaches the page script with its typed detail, and the page can cancel it',
    JSON.stringify(cta?.detail),
  );

  // Isolation, inward: the same parts with and without the hostile stylesheet.
  const hostileInside = await snapshot(page, INSIDE);
  const plain = await openPage(browser, `${base}${CMS}?hostile=0`);
  const plainInside = await snapshot(plain.page, INSIDE);
  const inward = differences(plainInside, hostileInside);
  report(
    inward.length === 0,
    `isolation in: ${Object.keys(INSIDE).length} parts × ${TEXT_PROPERTIES.length} properties equal with and without the hostile CSS`,
    inward.slice(0, 6).join('; '),
  );

  // Isolation, outward: the host's own elements with and without Limber on the page.
  const hostileOutside = await snapshot(page, OUTSIDE);
  const bare = await openPage(browser, `${base}${CMS}?limber=0`);
  const outward = differences(await snapshot(bare.page, OUTSIDE), hostileOutside);
  report(
    outward.length === 0,
    `isolation out: ${Object.keys(OUTSIDE).length} host elements × ${TEXT_PROPERTIES.length} properties unchanged by Limber`,
    outward.slice(0, 6).join('; '),
  );
  await Promise.all([page.close(), plain.page.close(), bare.page.close()]);

  // Layout shift while the elements upgrade, in a viewport tall enough to hold the whole page
  // (shifts below the fold do not count, and the hostile CSS pushes the card below 768 px).
  const tall = { viewport: { width: 1024, height: 8000 } };
  for (const [only, limit] of [
    ['card', 0],
    ['article', 0.01],
  ]) {
    const shot = await openPage(browser, `${base}${CMS}?only=${only}`, tall);
    const cls = await shot.page.evaluate(() => window.__cls);
    report(cls <= limit, `layout shift while the ${only} upgrades: ${cls.toFixed(4)} (limit ${limit.toFixed(2)})`);
    await shot.page.close();
  }
  const control = await openPage(browser, `${base}${CMS}?async=1&delay=1000`, tall);
  const controlCls = await control.page.evaluate(() => window.__cls);
  report(controlCls > 0.01, `control: the instrument sees the page jump when the script loads async 1 s late (${controlCls.toFixed(4)})`);
  await control.page.close();

  // Double loading.
  const same = await openPage(browser, `${base}${CMS}?double=same&tt=dup`);
  report(same.warnings.length === 0 && same.errors.length === 0, 'double load, same URL twice: one module instance, no warning');
  await same.page.close();
  for (const variant of ['copy', 'mixed']) {
    const twice = await openPage(browser, `${base}${CMS}?double=${variant}&tt=dup`);
    const duplicate = twice.warnings.filter((w) => w.includes('already defined by another copy'));
    const text = await twice.page.evaluate(() => window.__deepText('limber-exercise-card'));
    await twice.page.waitForFunction(() => document.querySelector('script[type="application/ld+json"]'), { timeout: 10_000 });
    const jsonLdScripts = await twice.page.evaluate(() => document.querySelectorAll('script[type="application/ld+json"]').length);
    report(
      duplicate.length === 1 && twice.errors.length === 0 && text.includes('Sciatic nerve slider') && jsonLdScripts === 1,
      `double load, ${variant === 'copy' ? 'two copies of dist/limber.js' : 'CDN file + a bundled per-element module'}: registers once, warns once, nothing throws, one JSON-LD script`,
      `${duplicate.length} warning(s); ${jsonLdScripts} JSON-LD script(s); ${twice.errors.join('; ')}`,
    );
    await twice.page.close();
  }

  // Theming from outside, with --limber-* custom properties only.
  const brand = await openPage(browser, `${base}${CMS}?brand=1`);
  const badge = await stylesAt(brand.page, ['limber-exercise-card', '[part~="goal"]'], ['background-color', 'font-family']);
  const frame = await stylesAt(brand.page, ['limber-exercise-card', '[part~="card"]'], ['border-top-left-radius']);
  report(
    badge?.['background-color'] === 'rgb(107, 44, 145)' &&
      badge?.['font-family'].startsWith('Georgia') &&
      frame?.['border-top-left-radius'] === '0px',
    'theming from outside: brand colour, font and radius set by --limber-* on the host page',
    JSON.stringify({ ...badge, ...frame }),
  );
  await brand.page.close();
}

/** What the CMS page fetches, by path (resource timing). */
const fetched = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));

// Tall enough that the page's own words under the elements are in view, so any shift counts.
const TALL = { width: 1024, height: 2400 };

/**
 * Languages on the CMS page: an English page never fetches another language or the validator; a
 * Spanish page (<html lang="es">, limber.js on a CDN-like path) fetches limber-es.js from beside
 * limber.js and renders in Spanish; with limber-es.js also listed render-blocking, nothing shifts.
 */
export async function localeChecks({ browser, base, report }) {
  const english = await openPage(browser, `${base}${CMS}`, { viewport: TALL });
  const englishFiles = await fetched(english.page);
  // The page shows an exercise card, so the drawing (and its kinematics, a file of their own because
  // the validator shares them) is fetched; nothing else is, until asked for.
  const extra = englishFiles.filter((path) => /\/limber-(?!hydrate|figure-|kinematics-|structured-data-)[\w-]+\.js$/.test(path));
  report(
    englishFiles.some((path) => path.endsWith('/dist/limber.js')) &&
      englishFiles.some((path) => /\/limber-figure-[\w-]+\.js$/.test(path)) &&
      extra.length === 0,
    'CMS English: limber.js, its figure drawing and the article’s structured data only; no Spanish, no validator, no pseudo-locale, no guided mode fetched (resource timing)',
    extra.join(' '),
  );
  // The drawing's two files are asked for together, not the kinematics once the drawing has arrived.
  const timing = await english.page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .filter((entry) => /\/limber-(figure|kinematics)-[\w-]+\.js$/.test(entry.name))
        .map((entry) => [/limber-figure-/.test(entry.name) ? 'figure' : 'kinematics', { start: entry.startTime, end: entry.responseEnd }]),
    ),
  );
  report(
    Boolean(timing.figure && timing.kinematics && timing.kinematics.start < timing.figure.end),
    'CMS English: the figure drawing and its kinematics are requested together (no second round trip before the drawing shows)',
    JSON.stringify(timing),
  );
  await english.page.close();

  for (const [variant, query, shiftLimit] of [
    ['one script tag', '?lang=es&cdn=1', undefined],
    ['with limber-es.js listed too', '?lang=es&cdn=1&es=1', 0],
  ]) {
    const spanish = await openPage(browser, `${base}${CMS}${query}`, { viewport: TALL });
    const card = await spanish.page.evaluate(() => window.__deepText('limber-exercise-card'));
    const article = await spanish.page.evaluate(() => window.__deepText('limber-article'));
    const files = await fetched(spanish.page);
    report(
      card.includes('Deslizamiento del nervio ciático') &&
        card.includes('Deténgase y pida consejo si') &&
        article.includes('Traducido del inglés'),
      `CMS Spanish, ${variant}: the card and the article render in Spanish from <html lang="es"> alone`,
    );
    report(
      files.includes('/cdn/limber@1/limber-es.js') && !files.some((path) => path.startsWith('/dist/')),
      `CMS Spanish, ${variant}: limber-es.js comes from beside limber.js on its CDN path`,
      files.join(' '),
    );
    const violations = await spanish.page.evaluate(() => window.__violations);
    report(
      violations.length === 0 && spanish.errors.length === 0 && spanish.warnings.length === 0,
      `CMS Spanish, ${variant}: no CSP violations, page errors or warnings`,
      [...violations, ...spanish.errors, ...spanish.warnings].join('; '),
    );
    const cls = await spanish.page.evaluate(() => window.__cls);
    const label = `CMS Spanish, ${variant}: layout shift ${cls.toFixed(4)}`;
    if (shiftLimit === undefined) report(true, `${label} (reported: the words arrive after the first paint)`);
    else report(cls <= shiftLimit, `${label} (limit ${shiftLimit.toFixed(2)})`);
    await spanish.page.close();
  }
}
