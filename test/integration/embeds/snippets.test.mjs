// The embed builder's snippets, pasted into a blank page in the body, with the script arriving at
// once or 1 s late, under the Content-Security-Policy the builder shows beside each: the same
// words as a client render (the builder's live preview), layout shift 0.00 for the pre-rendered
// snippet, its DOM after hydration equal to the client render's (each with its emergency signs
// opened, as a reader opens them), no CSP violation.
// The snippets are composed by the builder's own functions (stories/builder/snippets.ts).
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { INSTRUMENT, firstDifference, openSignsAndWait, readEmbeds, waitForLimberRendered } from '../support/page.mjs';
import { embedContext, root } from './context.mjs';
import { snippetModule } from './snippet-module.mjs';
import { TOPICS, TRANSLATIONS } from '../../../scripts/lib/languages.mjs';

const [TOPIC] = TOPICS;
const [TRANSLATION] = TRANSLATIONS;

const CHOICES = [
  { kind: 'exercise-card', item: 'sciatic-nerve-glide', locale: TRANSLATION, headingLevel: 2, region: 'us', theme: 'auto' },
  { kind: 'care-card', item: 'emergency', locale: 'en', headingLevel: 3, region: 'uk', theme: 'dark' },
  { kind: 'article', item: TOPIC, locale: 'en', headingLevel: 2, region: 'us', theme: 'auto' },
];

/** The embed's words and DOM (the one element the snippet put in the body). */
const readEmbed = async (page) => (await page.evaluate(readEmbeds, 'body > [lang]'))[0] ?? { dom: '', words: '', upgraded: false };

async function paste(browser, base, { snippet, csp, late }) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.evaluateOnNewDocument(INSTRUMENT);
  await page.setRequestInterception(true);
  const url = `${base}/blank-page.html`;
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>A CMS page</title></head><body><h1>A CMS page</h1><p>Text the editor wrote before the embed.</p>
${snippet}
<p class="after">Text the editor wrote after the embed.</p></body></html>`;
  page.on('request', (request) => {
    if (request.url() === url) {
      request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': csp }, body });
    } else if (late && /\/dist\/limber(-hydrate)?\.js$/.test(request.url())) {
      setTimeout(() => request.continue(), 1000);
    } else request.continue();
  });
  // Read as soon as the page is parsed: a module script (deferred) would hold DOMContentLoaded.
  const loaded = page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('p.after');
  const before = await readEmbed(page);
  await loaded;
  await waitForLimberRendered(page).catch(() => {});
  // A reader opens every card's emergency signs: the browser's card puts its emergency card in
  // then, where the server's HTML has it from the start (for readers without JavaScript).
  // (Layout shift is read first: an opening by script counts as a shift, a reader's click would not.)
  const cls = await page.evaluate(() => window.__cls);
  await openSignsAndWait(page);
  const after = await readEmbed(page);
  const violations = await page.evaluate(() => window.__violations);
  await page.close();
  return { before, after, cls, violations, errors };
}

describe('embeds: the builder’s snippets pasted into a page', function () {
  this.timeout(180_000);
  const context = embedContext();
  let snippets;
  let index;
  before(async () => {
    snippets = await snippetModule();
    index = JSON.parse(readFileSync(`${root}dist/prerendered/index.json`, 'utf8'));
  });

  for (const { kind, ...rest } of CHOICES)
    describe(`${kind} ${rest.item} (${rest.locale}, h${rest.headingLevel}, ${rest.region}, theme ${rest.theme})`, () => {
      let client;
      let hydrated;
      let atOnce;
      before(async () => {
        const { browser, base } = context;
        const choice = { element: index.elements.find((e) => e.kind === kind), ...rest, scriptBase: `${base}/dist/` };
        const prerendered = readFileSync(`${root}dist/prerendered/${snippets.snippetPath(choice)}`, 'utf8');
        const tagOnly = { snippet: snippets.scriptSnippet(choice), csp: snippets.contentSecurityPolicy(choice, false, base) };
        const ready = {
          snippet: snippets.prerenderedSnippet(choice, prerendered),
          csp: snippets.contentSecurityPolicy(choice, true, base),
        };
        client = await paste(browser, base, { ...tagOnly, late: true });
        hydrated = await paste(browser, base, { ...ready, late: true });
        atOnce = await paste(browser, base, { ...ready, late: false });
      });

      it('script and tag in the body: renders', () => {
        expect(client.after.upgraded, 'upgraded').to.equal(true);
        expect(client.after.words.length, 'characters shown').to.be.above(100);
      });
      it('script and tag in the body: shows nothing before its script arrives', () => {
        expect(client.before.words).to.equal('');
      });
      it('pre-rendered, before any script: the same words as the live render', () => {
        expect(hydrated.before.words).to.equal(client.after.words);
      });
      it('pre-rendered, hydrated 1 s late: the same words', () => {
        expect(hydrated.after.upgraded, 'upgraded').to.equal(true);
        expect(hydrated.after.words).to.equal(client.after.words);
      });
      it('pre-rendered, hydrated: the DOM equals a client render’s', () => {
        expect(hydrated.after.dom === client.after.dom, firstDifference(hydrated.after.dom, client.after.dom)).to.equal(true);
      });
      it('pre-rendered: layout shift 0.00 (script 1 s late and at once)', () => {
        expect([hydrated.cls, atOnce.cls]).to.deep.equal([0, 0]);
      });
      it('both snippets pass the CSP the builder shows beside them', () => {
        expect([...client.violations, ...hydrated.violations, ...atOnce.violations]).to.deep.equal([]);
      });
      it('no console errors', () => {
        expect([...client.errors, ...hydrated.errors, ...atOnce.errors]).to.deep.equal([]);
      });
    });
});
