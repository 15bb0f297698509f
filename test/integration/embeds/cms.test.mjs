// The CMS page (examples/cms) under the strict CSP and a hostile stylesheet: it renders from
// attributes alone, its events reach the page, styles are isolated both ways, nothing jumps, it
// survives being loaded twice, it is themed from outside, and it loads only the languages it needs.
// Also every element on one Storybook-free page (examples/all-elements).
import nodeResolve from '@rollup/plugin-node-resolve';
import { expect } from 'chai';
import { rollup } from 'rollup';
import { TEXT_PROPERTIES, openPage, stylesAt } from '../support/page.mjs';
import { embedContext, root } from './context.mjs';
import { TOPICS, TRANSLATIONS } from '../../../scripts/lib/languages.mjs';
import { ELEMENTS } from '../../../scripts/lib/elements.mjs';
import { MESSAGE_LOADERS } from '../../../src/i18n/locales.js';
import { TOPIC_LOADERS } from '../../../src/content/topic-loaders.js';

const [TOPIC] = TOPICS;
const [TRANSLATION] = TRANSLATIONS;
// The translation's own words and text of the topic: what its reader must see.
const words = await MESSAGE_LOADERS[TRANSLATION]();
const topic = await TOPIC_LOADERS[TRANSLATION][TOPIC]();

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

const CSP_ERROR = /Content Security Policy|Trusted Type/i;

describe('embeds: every element on one page (examples/all-elements)', function () {
  this.timeout(120_000);
  const context = embedContext();
  let shown;
  before(async () => {
    shown = await openPage(context.browser, `${context.base}/examples/all-elements/index.html`);
  });
  // (Its page closes with the browser, in the context's `after`.)

  it(`renders all ${ELEMENTS.length} elements, a captioned video and a problem notice`, async () => {
    const tags = await shown.page.evaluate(() => {
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
    expect(tags, 'elements with a rendered shadow root').to.deep.equal(ELEMENTS.map((element) => element.tag).sort());
    const captions = await shown.page.evaluate(() => window.__deep(['#video-card', 'video track[kind="captions"]'])?.label);
    expect(captions, 'the video’s captions track').to.equal('English');
    const notice = await shown.page.evaluate(
      () => window.__deep(['limber-exercise-card[exercise="no-such-exercise"]', '[role="note"]'])?.textContent ?? '',
    );
    expect(notice, 'the bad id’s notice').to.match(/\S/);
  });

  it('has 0 securitypolicyviolation events under the strict CSP', async () => {
    expect(await shown.page.evaluate(() => window.__violations)).to.deep.equal([]);
    expect(shown.errors.filter((e) => CSP_ERROR.test(e))).to.deep.equal([]);
  });

  it('warns once, for the deliberate bad id', () => {
    expect(shown.warnings).to.have.length(1);
    expect(shown.warnings[0]).to.include('no exercise with id "no-such-exercise"');
  });
});

describe('embeds: the CMS page (examples/cms)', function () {
  this.timeout(120_000);
  const context = embedContext();
  let cms;
  before(async () => {
    cms = await openPage(context.browser, `${context.base}${CMS}`);
  });
  // (Its page closes with the browser, in the context's `after`.)
  const deepText = (selector) => cms.page.evaluate((s) => window.__deepText(s), selector);

  it('renders the card from attributes alone', async () => {
    const card = await deepText('limber-exercise-card');
    expect(card).to.include('Sciatic nerve slider').and.include('Stop and get advice if');
  });

  it('renders the article from attributes alone', async () => {
    expect(await deepText('limber-article'))
      .to.include('What causes a pinched nerve')
      .and.include('References');
  });

  it('has 0 securitypolicyviolation events under the strict CSP', async () => {
    expect(await cms.page.evaluate(() => window.__violations)).to.deep.equal([]);
    expect(cms.errors.filter((e) => CSP_ERROR.test(e))).to.deep.equal([]);
  });

  it('logs no page errors and no warnings', () => {
    expect([...cms.errors, ...cms.warnings]).to.deep.equal([]);
  });

  it('plays the figure; the slider, whose source gives no amount, offers no guided mode', async () => {
    const { page } = cms;
    await page.evaluate(() => window.__deep(['limber-exercise-card', '.play']).click());
    await page.waitForFunction(() => window.__deep(['limber-exercise-card', '.play'])?.getAttribute('aria-pressed') === 'true', {
      timeout: 5_000,
    });
    expect(await page.evaluate(() => window.__deep(['limber-exercise-card', '.start-guided']))).to.equal(null);
  });

  it('runs the guided mode to the end under the strict CSP once the attribute names a dosed exercise', async () => {
    const { page } = cms;
    // A CMS editor's change: the attribute alone, here to the pelvic tilt (a dose from its source: five
    // repetitions, each with a 2-second hold that runs in real time).
    await page.evaluate(() => document.querySelector('limber-exercise-card').setAttribute('exercise', 'pelvic-tilt'));
    await page.waitForFunction(() => window.__deep(['limber-exercise-card', '.start-guided']), { timeout: 10_000 });
    await page.evaluate(() => window.__deep(['limber-exercise-card', '.start-guided']).click());
    await page.waitForFunction(() => window.__deep(['limber-exercise-card', '.guided .primary']), { timeout: 10_000 });
    // The primary control moves on (getting ready, every step of every repetition); during a hold
    // it is disabled and the press does nothing, so the loop waits out the hold.
    for (let press = 0; press < 200; press += 1) {
      const done = await page.evaluate(() => {
        if (window.__deep(['limber-exercise-card', '.guided-done'])) return true;
        window.__deep(['limber-exercise-card', '.guided .primary'])?.click();
        return false;
      });
      if (done) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await page.waitForFunction(() => window.__deep(['limber-exercise-card', '.guided-done']), { timeout: 5_000 });
    const events = await page.evaluate(() => window.limberEvents.filter((e) => e.type.startsWith('limber-exercise')).map((e) => e.type));
    expect(events).to.deep.equal(['limber-exercise-start', 'limber-exercise-complete']);
    expect(await page.evaluate(() => window.__violations)).to.deep.equal([]);
    expect(cms.errors).to.deep.equal([]);
    // Back to the page's own exercise, for the suites after this one.
    await page.evaluate(() => document.querySelector('limber-exercise-card').setAttribute('exercise', 'sciatic-nerve-glide'));
    await page.waitForFunction(() => window.__deepText('limber-exercise-card').includes('Sciatic nerve slider'), { timeout: 10_000 });
  });

  it('sends limber-cta-click to the page script with its typed detail, and the page can cancel it', async () => {
    await cms.page.evaluate(() => window.__deep(['limber-article', 'limber-cta', 'a']).click());
    const cta = await cms.page.evaluate(() => window.limberEvents.find((e) => e.type === 'limber-cta-click')?.detail);
    expect(cta).to.deep.equal({ href: 'https://example.org/coverage', label: 'Check your coverage', topic: TOPIC });
    expect(cms.page.url()).to.match(/\/examples\/cms\/index\.html$/);
  });

  it(`isolation in: ${Object.keys(INSIDE).length} parts × ${TEXT_PROPERTIES.length} properties equal with and without the hostile CSS`, async () => {
    const plain = await openPage(context.browser, `${context.base}${CMS}?hostile=0`);
    const inward = differences(await snapshot(plain.page, INSIDE), await snapshot(cms.page, INSIDE));
    await plain.page.close();
    expect(inward).to.deep.equal([]);
  });

  it(`isolation out: ${Object.keys(OUTSIDE).length} host elements × ${TEXT_PROPERTIES.length} properties unchanged by Limber`, async () => {
    const bare = await openPage(context.browser, `${context.base}${CMS}?limber=0`);
    const outward = differences(await snapshot(bare.page, OUTSIDE), await snapshot(cms.page, OUTSIDE));
    await bare.page.close();
    expect(outward).to.deep.equal([]);
  });

  // Layout shift while the elements upgrade, in a viewport tall enough to hold the whole page
  // (shifts below the fold do not count, and the hostile CSS pushes the card below 768 px).
  const tall = { viewport: { width: 1024, height: 8000 } };
  const shiftOf = async (query) => {
    const shot = await openPage(context.browser, `${context.base}${CMS}${query}`, tall);
    const cls = await shot.page.evaluate(() => window.__cls);
    await shot.page.close();
    return cls;
  };
  for (const [only, limit] of [
    ['card', 0],
    ['article', 0.01],
  ])
    it(`does not jump while the ${only} upgrades (layout shift ≤ ${limit.toFixed(2)})`, async () => {
      expect(await shiftOf(`?only=${only}`)).to.be.at.most(limit);
    });

  it('control: the instrument sees the page jump when the script loads async 1 s late', async () => {
    expect(await shiftOf('?async=1&delay=1000')).to.be.above(0.01);
  });

  it('loaded twice from the same URL: one module instance, no warning', async () => {
    const same = await openPage(context.browser, `${context.base}${CMS}?double=same&tt=dup`);
    await same.page.close();
    expect([...same.warnings, ...same.errors]).to.deep.equal([]);
  });

  describe('loaded twice from two copies', () => {
    before(async () => {
      // A portal's bundle of the per-element module, Lit included, for the mixed-loading page;
      // one file, so the built-in content the card fetches on first use is inlined too.
      const bundle = await rollup({ input: `${root}dist/exercise-card.js`, plugins: [nodeResolve()], onwarn: () => {} });
      await bundle.write({ file: `${root}test-results/portal-card.js`, format: 'es', inlineDynamicImports: true });
    });
    for (const [variant, label] of [
      ['copy', 'two copies of dist/limber.js'],
      ['mixed', 'the CDN file and a bundled per-element module'],
    ])
      it(`${label}: registers once, warns once, nothing throws, one JSON-LD script`, async () => {
        const twice = await openPage(context.browser, `${context.base}${CMS}?double=${variant}&tt=dup`);
        const text = await twice.page.evaluate(() => window.__deepText('limber-exercise-card'));
        await twice.page.waitForFunction(() => document.querySelector('script[type="application/ld+json"]'), { timeout: 10_000 });
        const jsonLdScripts = await twice.page.evaluate(() => document.querySelectorAll('script[type="application/ld+json"]').length);
        await twice.page.close();
        expect(twice.warnings).to.have.length(1);
        expect(twice.warnings[0]).to.include('already defined by another copy');
        expect(twice.errors).to.deep.equal([]);
        expect(text).to.include('Sciatic nerve slider');
        expect(jsonLdScripts, 'JSON-LD scripts').to.equal(1);
      });
  });

  it('takes brand colour, font and radius from --limber-* set on the host page', async () => {
    const brand = await openPage(context.browser, `${context.base}${CMS}?brand=1`);
    const badge = await stylesAt(brand.page, ['limber-exercise-card', '[part~="goal"]'], ['background-color', 'font-family']);
    const frame = await stylesAt(brand.page, ['limber-exercise-card', '[part~="card"]'], ['border-top-left-radius']);
    await brand.page.close();
    expect(badge?.['background-color']).to.equal('rgb(107, 44, 145)');
    expect(badge?.['font-family']).to.match(/^Georgia/);
    expect(frame?.['border-top-left-radius']).to.equal('0px');
  });
});

/** What the CMS page fetches, by path (resource timing). */
const fetched = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));

// Tall enough that the page's own words under the elements are in view, so any shift counts.
const TALL = { width: 1024, height: 2400 };

describe('embeds: the CMS page’s languages', function () {
  this.timeout(120_000);
  const context = embedContext();

  describe('in English', () => {
    let english;
    before(async () => {
      english = await openPage(context.browser, `${context.base}${CMS}`, { viewport: TALL });
    });
    after(() => english?.page.close());

    // The page shows an exercise card, so the drawing (and its kinematics, a file of their own
    // because the validator shares them) is fetched; nothing else is, until asked for.
    it('fetches limber.js, the English topics it lists (limber-en.js), its figure drawing and the article’s structured data (with the codes it names) only: no Spanish, validator, pseudo-locale or guided mode', async () => {
      const files = await fetched(english.page);
      expect(files).to.include.members(['/dist/limber.js', '/dist/limber-en.js']);
      // Each English topic once: the chunk limber-en.js imports is the one limber.js would fetch.
      expect(
        files.filter((path) => /\/limber-en-[\w-]+\.js$/.test(path)),
        'each English topic once',
      ).to.have.lengthOf(TOPICS.length);
      expect(
        files.some((path) => /\/limber-figure-[\w-]+\.js$/.test(path)),
        'the figure drawing',
      ).to.equal(true);
      expect(
        // The topics' shared list of reviewers comes with them; a card given only its exercise id that
        // renders before limber-en.js has registered the topics asks the directory (277 B) which to fetch.
        files.filter((path) =>
          /\/limber-(?!en\.js|en-|hydrate|figure-|kinematics-|structured-data-|topic-codes-|reviewers-|item-topics-)[\w-]+\.js$/.test(path),
        ),
      ).to.deep.equal([]);
    });

    it('requests the figure drawing and its kinematics together (no second round trip)', async () => {
      const timing = await english.page.evaluate(() =>
        Object.fromEntries(
          performance
            .getEntriesByType('resource')
            .filter((entry) => /\/limber-(figure|kinematics)-[\w-]+\.js$/.test(entry.name))
            .map((entry) => [
              /limber-figure-/.test(entry.name) ? 'figure' : 'kinematics',
              { start: entry.startTime, end: entry.responseEnd },
            ]),
        ),
      );
      expect(timing).to.have.keys('figure', 'kinematics');
      expect(timing.kinematics.start, 'the kinematics requested before the drawing arrived').to.be.below(timing.figure.end);
    });
  });

  for (const [variant, query, shiftLimit] of [
    ['one script tag', `?lang=${TRANSLATION}&cdn=1`, undefined],
    [`with limber-${TRANSLATION}.js listed too`, `?lang=${TRANSLATION}&cdn=1&entry=${TRANSLATION}`, 0],
  ])
    describe(`in a translation (${TRANSLATION}), ${variant}`, () => {
      let spanish;
      before(async () => {
        spanish = await openPage(context.browser, `${context.base}${CMS}${query}`, { viewport: TALL });
      });
      after(() => spanish?.page.close());

      it(`renders the card and the article in it from <html lang="${TRANSLATION}"> alone`, async () => {
        const glide = topic.exercises.items.find((e) => e.id === 'sciatic-nerve-glide');
        expect(await spanish.page.evaluate(() => window.__deepText('limber-exercise-card')))
          .to.include(glide.name)
          .and.include(words.stopIf);
        expect(await spanish.page.evaluate(() => window.__deepText('limber-article'))).to.include(
          words.translated('en', false).split(/[.;]/)[0],
        );
      });

      it(`fetches limber-${TRANSLATION}.js from beside limber.js on its CDN path`, async () => {
        const files = await fetched(spanish.page);
        expect(files).to.include(`/cdn/limber@1/limber-${TRANSLATION}.js`);
        expect(files.filter((path) => path.startsWith('/dist/'))).to.deep.equal([]);
      });

      it('has no CSP violations, page errors or warnings', async () => {
        expect([...(await spanish.page.evaluate(() => window.__violations)), ...spanish.errors, ...spanish.warnings]).to.deep.equal([]);
      });

      // With one script tag the words arrive after the first paint, so only the two-tag page is held to no shift.
      if (shiftLimit !== undefined)
        it(`does not jump (layout shift ≤ ${shiftLimit.toFixed(2)})`, async () => {
          expect(await spanish.page.evaluate(() => window.__cls)).to.be.at.most(shiftLimit);
        });
    });
});
