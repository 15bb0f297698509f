// The WordPress plugin in a real WordPress (`npm run check -- wordpress`): Debian's wordpress, PHP
// and MariaDB, installed when missing (wordpress/site.mjs), a fresh site with the plugin zip
// uploaded through WordPress's own unzip, a hostile theme, and posts with blocks and shortcodes.
// Readers: visible with JavaScript off, no layout shift with it, the theme changes nothing inside,
// axe; unknown ids (nothing for readers, a notice for editors); settings (clinical review
// required: notices, the emergency card always); the block in the editor's inserter with its live
// preview; and the plugin beside every other way onto a page (embeds/matrix.mjs).
import { expect } from 'chai';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { TEXT_PROPERTIES, openPage, stylesAt } from './support/page.mjs';
import { shownText } from '../support/shown-text.mjs';
import { needDist } from './support/need-dist.ts';
import { startWordPressSite } from './wordpress/site.mjs';
import { WAYS, prepareWordPressColumn, wordPressCell } from './embeds/matrix.mjs';
import { snippetModule } from './embeds/snippet-module.mjs';
import { TOPICS, TRANSLATIONS } from '../../scripts/lib/languages.mjs';

const [TOPIC] = TOPICS;
const [TRANSLATION] = TRANSLATIONS;

const root = new URL('../../', import.meta.url).pathname;
const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

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

/** Words below each match of `selector`, through shadow roots (no JavaScript needed on the page). */
function deepWords(page, selector) {
  return page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((el) => (${shownText})(el))`);
}

describe('the WordPress plugin on a real site', function () {
  this.timeout(120_000);
  let site;
  let browser;
  before(async function () {
    this.timeout(900_000);
    needDist(['wordpress/limber-health-content.zip'], root);
    const started = Date.now();
    site = await startWordPressSite(root, join(root, 'dist/wordpress/limber-health-content.zip'));
    console.log(`    ${site.versions}; site ready in ${((Date.now() - started) / 1000).toFixed(0)} s at ${site.base}`);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    site?.stop();
  });

  describe('readers with JavaScript off: the pre-rendered HTML is the content', () => {
    let page;
    before(async () => {
      page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
    });
    after(() => page.close());

    it('block: the exercise card shows its name and steps, the Spanish UK emergency card shows 999', async () => {
      await page.goto(site.urls.block, { waitUntil: 'load' });
      const [card, care] = await deepWords(page, '.limber-health-content');
      expect(card).to.include('Sciatic nerve slider').and.include('Starting position');
      expect(care).to.include('999').and.match(/llame/i);
    });

    it('shortcodes: the Spanish card and the tip show', async () => {
      await page.goto(site.urls.shortcode, { waitUntil: 'load' });
      const words = await deepWords(page, '.limber-health-content');
      expect(words).to.have.length(2);
      expect(words[0]).to.include('nervio ciático');
      expect(words[1]).to.include('Pre-treat with heat');
    });

    it('unknown ids render nothing for readers: no notice, no echo of the id', async () => {
      const body = await page.evaluate(() => document.body.innerHTML);
      expect(body).to.include('Text the editor wrote before the embeds');
      expect(body).not.to.include('no-such-exercise').and.not.include('limber-health-content-notice').and.not.include('<script>alert');
    });

    it("the post's own text still gets WordPress's typography (the embeds are kept out of it)", async () => {
      const body = await page.evaluate(() => document.body.innerHTML);
      expect(body.match(/Text the editor wrote before the embeds[^<]*/)?.[0]).to.equal(
        'Text the editor wrote before the embeds — with “quotes”.',
      );
    });

    it("the topic index, by block and by shortcode: every topic, linking to the site's page for it; a refused address shows nothing", async () => {
      await page.goto(site.urls.index, { waitUntil: 'load' });
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('.limber-health-content limber-topic-index')].map((index) =>
          [...(index.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')),
        ),
      );
      // A to Z by name (the element tests hold the order); here, every topic linked through each address.
      expect(links.map((list) => [...list].sort())).to.deep.equal([
        TOPICS.map((topic) => `/health/${topic}/`).sort(),
        TOPICS.map((topic) => `https://example.org/salud/${topic}?from=index`).sort(),
      ]);
      const body = await page.evaluate(() => document.body.innerHTML);
      expect(body).to.include('Text after the indexes').and.not.include('javascript:').and.not.include('limber-prefix.invalid');
    });
  });

  for (const name of ['block', 'shortcode', 'article', 'index'])
    describe(`the ${name} post with JavaScript: hydrated in place, nothing moves, nothing logged`, () => {
      let shown;
      before(async () => {
        shown = await openPage(browser, site.urls[name], { viewport: { width: 390, height: 844 } });
      });
      after(() => shown.page.close());

      it("enqueues limber-hydrate.js from the plugin's assets, as an async module", async () => {
        const modules = await shown.page.evaluate(() =>
          [...document.scripts].filter((s) => s.type === 'module' && s.async).map((s) => s.src),
        );
        expect(modules.filter((src) => /assets\/limber-hydrate\.js/.test(src))).to.have.length(1);
      });
      it('hydrates every embed', async () => {
        const pending = await shown.page.evaluate(() =>
          [...document.querySelectorAll('.limber-health-content > *')]
            .filter((el) => !(customElements.get(el.localName) && el.hasUpdated))
            .map((el) => el.localName),
        );
        expect(pending).to.deep.equal([]);
      });
      it('does not jump (layout shift 0.00)', async () => {
        expect(await shown.page.evaluate(() => window.__cls)).to.equal(0);
      });
      it('logs no console errors', () => {
        expect(shown.errors).to.deep.equal([]);
      });
      it('passes axe (WCAG 2.2 AA) in the embeds', async () => {
        await shown.page.evaluate(AXE);
        const violations = await shown.page.evaluate(async () => {
          const result = await window.axe.run(
            { include: [['.limber-health-content']] },
            { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
          );
          return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
        });
        expect(violations).to.deep.equal([]);
      });
      if (name === 'shortcode')
        it('a per-embed theme (a dark tip) styles that embed only', async () => {
          // theme="dark" on the tip only: the card beside it keeps the reader's (light) colours.
          const [card, tip] = await shown.page.evaluate(() =>
            [...document.querySelectorAll('.limber-health-content')].map((w) =>
              getComputedStyle(w.firstElementChild).getPropertyValue('--limber-color-surface').trim(),
            ),
          );
          expect(tip).to.equal('#121820');
          expect(card).not.to.equal(tip);
        });
      if (name === 'block')
        it("the hostile theme styles the page's own heading and changes nothing inside the embeds", async () => {
          const { page } = shown;
          const parts = {
            name: ['limber-exercise-card', '[part~="name"]'],
            step: ['limber-exercise-card', '.steps > li'],
            'care heading': ['limber-care-card', 'h2'],
          };
          const read = async () =>
            Object.fromEntries(
              await Promise.all(Object.entries(parts).map(async ([k, p]) => [k, await stylesAt(page, p, TEXT_PROPERTIES)])),
            );
          const withTheme = await read();
          await page.screenshot({ path: join(root, 'test-results/wordpress-block.png'), fullPage: true });
          expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')).fontFamily)).to.match(/Comic/);
          await page.evaluate(() => {
            document.querySelector('#limber-hostile-style-css').disabled = true;
          });
          expect(Object.values(withTheme).every(Boolean), 'every part found').to.equal(true);
          expect(await read()).to.deep.equal(withTheme);
        });
    });

  describe('editors', () => {
    let page;
    before(async () => {
      page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`${site.base}/wp-login.php`, { waitUntil: 'load' });
      await logIn(page);
    });
    after(() => page.close());

    it('see a notice for each unknown id, the id escaped as text', async () => {
      await page.goto(site.urls.shortcode, { waitUntil: 'load' });
      const notices = await page.$$eval('.limber-health-content-notice', (ps) => ps.map((p) => p.textContent));
      expect(await page.evaluate(() => [...document.scripts].some((s) => s.textContent.includes('alert(1)'))), 'a script ran').to.equal(
        false,
      );
      expect(notices).to.have.length(2);
      expect(notices[0]).to.include('no exercise with id "no-such-exercise"');
      expect(notices[1]).to.include('"<script>alert(1)</script>"');
    });

    it('Settings → Limber: the site default language (Spanish) and region (New Zealand) apply to a block that does not choose them', async () => {
      await page.goto(`${site.base}/wp-admin/options-general.php?page=limber-health-content`, { waitUntil: 'load' });
      await logIn(page);
      const regions = await page.$$eval('#limber-hc-region option', (options) => options.map((o) => o.textContent));
      expect(regions).to.deep.equal(['United States', 'United Kingdom', 'Canada', 'Australia', 'New Zealand']);
      await page.select('#limber-hc-locale', TRANSLATION);
      await page.select('#limber-hc-region', 'nz');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
      await page.goto(site.urls.block, { waitUntil: 'load' });
      const [card] = await deepWords(page, '.limber-health-content');
      expect(card).to.include('Deslizamiento').and.include('Llame al 111 ahora');
    });

    describe('the block in the editor', () => {
      before(async () => {
        await page.goto(`${site.base}/wp-admin/post-new.php`, { waitUntil: 'load' });
        await logIn(page);
        await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('limber/health-content'), { timeout: 30_000 }).catch(() => {});
      });

      it('is registered from block.json', async () => {
        expect(await page.evaluate(() => window.wp?.blocks?.getBlockType?.('limber/health-content')?.title)).to.equal(
          'Limber health content',
        );
      });

      it('is offered as "Limber health content" when the inserter is searched for "Limber", and previews the live card', async () => {
        await page.evaluate(
          () =>
            window.wp?.data?.select('core/edit-post')?.isFeatureActive('welcomeGuide') &&
            window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide'),
        );
        await (await page.waitForSelector('button[aria-label="Toggle block inserter"]', { timeout: 15_000 })).click();
        await (await page.waitForSelector('.block-editor-inserter__search input', { timeout: 15_000 })).type('Limber');
        const item = await page.waitForFunction(
          () =>
            [...document.querySelectorAll('.block-editor-block-types-list__item')].find((b) =>
              b.textContent.includes('Limber health content'),
            ),
          { timeout: 15_000 },
        );
        await item.asElement().click();
        const preview = await page
          .waitForFunction(
            () => {
              const card = document.querySelector('.editor-styles-wrapper limber-exercise-card');
              return card?.shadowRoot?.textContent.includes('Sciatic nerve slider') || card?.shadowRoot?.textContent.includes('nervio');
            },
            { timeout: 15_000 },
          )
          .catch(() => null);
        await page.screenshot({ path: join(root, 'test-results/wordpress-editor.png') });
        expect(Boolean(preview), 'the inserted block shows the card').to.equal(true);
      });
    });
  });

  // Settings → Limber, care options: printed inside the pre-rendered element as light DOM, so a
  // reader without JavaScript sees them under the non-urgent and urgent advice; never at the
  // emergency level; a link the URL policy refuses is not saved; the markup is the builder's.
  describe('Settings → Limber, care options from the plan or employer', () => {
    const nurse = {
      kind: 'nurse-line',
      label: 'Llame a la línea de enfermería: 0800 555 0100',
      href: 'tel:+64-800-555-0100',
      hours: 'Todos los días',
      languages: 'Inglés, español',
      levels: ['non-urgent', 'urgent'],
    };
    let reader;
    let slotted;
    before(async () => {
      const admin = await browser.newPage();
      await admin.goto(`${site.base}/wp-admin/options-general.php?page=limber-health-content`, { waitUntil: 'load' });
      await logIn(admin);
      await admin.select('#limber-hc-care-0-kind', nurse.kind);
      for (const key of ['label', 'href', 'hours', 'languages']) await admin.type(`#limber-hc-care-0-${key}`, nurse[key]);
      for (const level of nurse.levels) await admin.click(`#limber-hc-care-0-${level}`);
      await admin.type('#limber-hc-care-1-label', 'Not a phone');
      await admin.type('#limber-hc-care-1-href', 'javascript:alert(1)');
      await admin.click('#limber-hc-care-1-urgent');
      await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), admin.click('#submit')]);
      await admin.close();
      reader = await browser.newPage();
      await reader.setJavaScriptEnabled(false);
      await reader.goto(site.urls.article, { waitUntil: 'load' });
      // What each care card of the article slots, and whether it is on screen, with no script run.
      slotted = await reader.evaluate(() =>
        Object.fromEntries(
          [...document.querySelector('limber-article').shadowRoot.querySelectorAll('limber-care-card')].map((card) => {
            const slot = card.shadowRoot.querySelector('[part~="care-options"] slot');
            const shown = (slot?.assignedElements({ flatten: true }) ?? []).filter((e) => e.getBoundingClientRect().height > 0);
            return [card.getAttribute('level'), shown.map((e) => e.textContent.replace(/\s+/g, ' ').trim())];
          }),
        ),
      );
    });
    after(() => reader?.close());

    it('shows the option under the non-urgent and urgent advice, with JavaScript off, and never at the emergency level', () => {
      const line = `Su plan de salud o su empleador también le ofrece esta atención. No viene de las fuentes de esta página.${nurse.label} Línea de enfermería. Todos los días. Idiomas: Inglés, español.`;
      expect(slotted).to.deep.equal({ emergency: [], urgent: [line], 'non-urgent': [line] });
    });

    it('did not save the option whose link the URL policy refuses', async () => {
      expect(await reader.content())
        .not.to.include('javascript:')
        .and.not.to.include('Not a phone');
    });

    it('with JavaScript: hydrates around them, nothing moves, no warning or error, and a click is announced with its kind and level', async () => {
      // A reader's browser: the editor's (logged in) has an admin bar that fetches avatars.
      const context = await browser.createBrowserContext();
      const shown = await openPage(context, site.urls.article, { viewport: { width: 390, height: 844 } });
      try {
        expect(await shown.page.evaluate(() => window.__cls)).to.equal(0);
        expect([...shown.errors, ...shown.warnings]).to.deep.equal([]);
        const detail = await shown.page.evaluate(() => {
          const heard = new Promise((resolve) =>
            document.addEventListener('limber-care-option-click', (e) => (e.preventDefault(), resolve(e.detail)), { once: true }),
          );
          document.querySelector('[slot="care-urgent"] a').click();
          return heard;
        });
        expect(detail).to.deep.equal({ kind: 'nurse-line', level: 'urgent' });
        await shown.page.screenshot({ path: join(root, 'test-results/wordpress-care-options.png'), fullPage: true });
      } finally {
        await context.close();
      }
    });

    it("prints the embed builder's markup, byte for byte", async () => {
      const { careOptionsMarkup } = await snippetModule();
      const index = JSON.parse(readFileSync(join(root, 'dist/prerendered/index.json'), 'utf8'));
      const markup = careOptionsMarkup({
        element: { kind: 'article' },
        item: TOPIC,
        care: { options: [nurse], words: index.careOptionWords.es },
      });
      expect(markup).to.include('<div slot="care-urgent">');
      expect(await reader.content()).to.include(markup);
    });
  });

  // Settings → Limber, clinical review required: no built-in item is signed off, so each gives way
  // to a notice, printed by the server (JavaScript off); the emergency card always shows.
  describe('Settings → Limber, clinical review required', () => {
    let held;
    before(async () => {
      // A new tab: the editor's, with an unsaved block, would ask before leaving.
      const admin = await browser.newPage();
      await admin.goto(`${site.base}/wp-admin/options-general.php?page=limber-health-content`, { waitUntil: 'load' });
      await logIn(admin);
      await admin.select('#limber-hc-requireReview', 'clinical');
      await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), admin.click('#submit')]);
      await admin.close();
      const reader = await browser.newPage();
      await reader.setJavaScriptEnabled(false);
      await reader.goto(site.urls.article, { waitUntil: 'load' });
      [held] = await deepWords(reader, '.limber-health-content');
      await reader.close();
    });

    it('each unreviewed exercise gives way to a notice (JavaScript off)', () => {
      expect(held).to.include('Este ejercicio no se muestra aquí: aún no lo ha revisado un profesional clínico.');
      expect(held).not.to.include('Giro de rodillas');
    });
    it('the emergency card still shows, saying it has not been clinically reviewed', () => {
      expect(held)
        .to.include('Pida ayuda de emergencia ahora si')
        .and.include('Se muestra de todos modos, porque los signos de emergencia nunca se ocultan.');
    });
  });

  // The plugin beside every other way onto a page, brought by the theme (its own copy of Limber,
  // from another URL, so two copies of Lit), theme first and plugin first.
  describe('beside every other way onto a page', () => {
    let reader;
    before(async () => {
      await prepareWordPressColumn(site.base, site.themeDir);
      // A reader's browser: the tests before logged in as the editor, whose admin bar fetches avatars.
      reader = await browser.createBrowserContext();
    });
    after(() => reader?.close());
    for (const way of Object.keys(WAYS))
      for (const first of ['theme', 'plugin'])
        it(`${first === 'theme' ? `the theme's ${WAYS[way].label}, then the plugin` : `the plugin, then the theme's ${WAYS[way].label}`}: shown once, as the server's HTML${way === 'tags' ? '' : ', layout shift 0.00'}, no errors`, async function () {
          const { problems, cls } = await wordPressCell(browser, reader, site.urls.block, way, first);
          this.test.title += ` (CLS ${cls.toFixed(4)})`;
          expect(problems).to.deep.equal([]);
        });
  });

  it('the zip stores each style once and each item in one file: its snippets name their roots, its roots name shared style files', () => {
    const stage = join(root, 'dist/wordpress/limber-health-content/prerendered');
    const items = [];
    const walk = (dir) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) {
          if (entry !== 'styles') walk(path);
        } else if (entry !== 'index.json') items.push({ path, entry, ...JSON.parse(readFileSync(path, 'utf8')) });
      }
    };
    walk(stage);
    // One file per item, each variant's snippet in it: the matrix's 1,200-odd snippets in a few dozen files.
    expect(items.every(({ entry }) => entry.endsWith('.json'))).to.equal(true);
    const snippets = items.flatMap(({ snippets }) => Object.values(snippets));
    const built = (dir) =>
      readdirSync(dir).reduce((sum, entry) => {
        const path = join(dir, entry);
        return sum + (statSync(path).isDirectory() ? built(path) : entry.endsWith('.html') ? 1 : 0);
      }, 0);
    expect(snippets.length).to.equal(built(join(root, 'dist/prerendered')));
    const styles = readdirSync(join(stage, 'styles'));
    const named = (html) => [...html.matchAll(/<!--limber-part:([0-9a-f]{16})-->/g)].map((match) => match[1]);
    // No style text and no shadow root in a snippet: each names its roots, each root its styles and the roots inside it.
    expect(
      snippets.filter((html) => /<style>[^]/.test(html) || html.includes('<template shadowroot') || named(html).length === 0),
    ).to.deep.equal([]);
    const roots = items.flatMap(({ parts }) => Object.values(parts));
    expect(
      roots.filter((html) => /<style>[^]/.test(html) || !html.startsWith('<template shadowroot') || html.lastIndexOf('<template') !== 0),
    ).to.deep.equal([]);
    expect(roots.every((html) => html.includes('<style data-limber-shared="'))).to.equal(true);
    // Every root a snippet names, and every root inside those, is in its item's file.
    for (const { path, snippets: variants, parts } of items) {
      const missing = [];
      const visit = (hash) => (parts[hash] === undefined ? missing.push(hash) : named(parts[hash]).forEach(visit));
      Object.values(variants).forEach((html) => named(html).forEach(visit));
      expect(missing, path).to.deep.equal([]);
    }
    expect(styles.length).to.be.within(1, 32);
  });

  it('the plugin zip is at most 3 MB with every topic, and each topic adds at most 0.5 MB of it', () => {
    const zip = readFileSync(join(root, 'dist/wordpress/limber-health-content.zip'));
    // Each entry's share of the zip: its compressed bytes and its headers (local and central), from the central directory.
    const entries = [];
    let at = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const count = zip.readUInt16LE(at + 10);
    at = zip.readUInt32LE(at + 16);
    for (let i = 0; i < count; i += 1) {
      const [size, nameLength, extra, comment] = [
        zip.readUInt32LE(at + 20),
        zip.readUInt16LE(at + 28),
        zip.readUInt16LE(at + 30),
        zip.readUInt16LE(at + 32),
      ];
      const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
      entries.push({ name, bytes: size + 30 + 46 + 2 * nameLength + extra + comment });
      at += 46 + nameLength + extra + comment;
    }
    // Which topic an item is in: a topic's own id, else what `npm run generate` read from the content.
    const itemTopics = new Map(
      [...readFileSync(join(root, 'src/content/item-topics.ts'), 'utf8').matchAll(/'[a-z]+:([^']+)': '([^']+)'/g)].map((m) => [m[1], m[2]]),
    );
    const topicOf = (name) => {
      const item = /\/prerendered\/[^/]+\/[^/]+\/([^/]+)\.json$/.exec(name)?.[1];
      return TOPICS.includes(item) ? item : itemTopics.get(item);
    };
    const mb = (bytes) => bytes / 2 ** 20;
    const share = Object.fromEntries(TOPICS.map((topic) => [topic, 0]));
    let shared = 0;
    for (const { name, bytes } of entries) {
      const topic = topicOf(name);
      if (topic) share[topic] += bytes;
      else shared += bytes;
    }
    const perTopic = Object.values(share);
    const twenty = shared + (20 * perTopic.reduce((sum, bytes) => sum + bytes, 0)) / perTopic.length;
    console.log(
      `    plugin zip ${mb(zip.length).toFixed(2)} MB with ${TOPICS.length} topics: ${mb(shared).toFixed(2)} MB shared, ${TOPICS.map((topic) => `${topic} ${mb(share[topic]).toFixed(2)} MB`).join(', ')}; 20 topics ≈ ${mb(twenty).toFixed(1)} MB`,
    );
    expect(mb(zip.length)).to.be.at.most(3);
    for (const topic of TOPICS) expect(mb(share[topic]), topic).to.be.at.most(0.5);
  });

  it('no PHP notice, warning or error from the plugin (WP_DEBUG on)', () => {
    expect(site.pluginNotices()).to.deep.equal([]);
  });
});
