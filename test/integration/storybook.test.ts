// Every story of the built Storybook (storybook-static/, `npm run build-storybook`) in headless
// Chromium, in English and Spanish through the toolbar's locale (the whole article also in both
// pseudo-locales): its Limber element upgrades and shows words, its play function finishes, the
// page runs in the locale asked for, with no page error and no axe violation (WCAG 2.0 A/AA,
// 2.1 AA, 2.2 AA). This catches a build that "passes" while the elements never load.
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { DEEP_TEXT, launch } from './support/browser.js';
import { serve, type Served } from '../../scripts/lib/serve.mjs';
import { LANGUAGES, SOURCE, TRANSLATION } from '../support/lists.js';

const ROOT = 'storybook-static';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
// Stories that pin their locale run once, in it.
const PINNED: Record<string, string> = { 'elements-article--spanish': TRANSLATION, 'elements-article--right-to-left': 'ar-XB' };
const PSEUDO_TOO = 'elements-article--whole-article';

interface Story {
  id: string;
  type: string;
  tags?: string[];
}
const built = existsSync(`${ROOT}/index.json`);
const stories = built
  ? Object.values((JSON.parse(readFileSync(`${ROOT}/index.json`, 'utf8')) as { entries: Record<string, Story> }).entries).filter(
      (entry) => entry.type === 'story',
    )
  : [];

/**
 * In the page: the story's first Limber element (through shadow roots: the builder's preview is in
 * its own) once it is defined and has rendered, with its words; null until then.
 */
const RENDERED = `(() => {
  const all = (root) => [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? all(node.shadowRoot) : [])]);
  const canvas = document.querySelector('#storybook-root');
  const limber = canvas && all(canvas).find((node) => node.localName.startsWith('limber-') && node.localName !== 'limber-provider');
  if (!limber || !customElements.get(limber.localName) || !limber.shadowRoot) return null;
  return { tag: limber.localName, text: (${DEEP_TEXT})(limber) };
})()`;

/** In the page: axe's violations on the story (Storybook's a11y panel runs axe too; one at a time). */
const AXE_RUN = `(async () => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const results = await window.axe.run('#storybook-root', { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } });
      return results.violations.map((v) => v.id + ' (' + v.nodes.length + ')');
    } catch (error) {
      if (!String(error).includes('already running') || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
})()`;

describe('every Storybook story, in English and Spanish', function () {
  this.timeout(60_000);
  let server: Served;
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];

  before(async function () {
    this.timeout(120_000);
    if (!built) throw new Error(`${ROOT}/index.json is missing: run \`npm run build-storybook\` first`);
    server = await serve(ROOT);
    browser = await launch();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the built Storybook has stories', () => expect(stories.length).to.be.greaterThan(50));

  for (const story of stories) {
    const locales = [
      ...(PINNED[story.id] ? [PINNED[story.id] ?? SOURCE] : LANGUAGES),
      ...(story.id === PSEUDO_TOO ? ['en-XA', 'ar-XB'] : []),
    ];
    for (const locale of locales) {
      it(`${story.id} (${locale})`, async () => {
        errors = [];
        await page.goto(`${server.base}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`, { waitUntil: 'load' });
        const empty = story.id.includes('production-mode');
        const rendered = await page
          .waitForFunction(`(() => { const r = ${RENDERED}; return r && (${empty} || r.text !== '') ? r : null; })()`, { timeout: 10_000 })
          .then(
            (handle) => handle.jsonValue() as Promise<{ tag: string; text: string }>,
            () => null,
          );
        expect(rendered, 'a Limber element that upgraded and rendered').to.not.equal(null);
        if (empty) expect(rendered?.text, `<${rendered?.tag}> in production mode shows nothing`).to.equal('');
        if (story.tags?.includes('play-fn')) {
          const played = await page.waitForFunction(`document.documentElement.dataset.limberPlayed === 'true'`, { timeout: 10_000 }).then(
            () => true,
            () => false,
          );
          expect(played, 'its play function finished').to.equal(true);
        }
        expect(await page.evaluate(`document.querySelector('.limber-canvas')?.getAttribute('lang')`), 'the lang it ran in').to.equal(
          locale,
        );
        await page.evaluate(AXE);
        expect(await page.evaluate(AXE_RUN), 'axe violations').to.deep.equal([]);
        expect(errors, 'page errors').to.deep.equal([]);
      });
    }
  }
});
