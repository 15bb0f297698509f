// The embed builder's snippets, pasted into a blank page in the body, with the script arriving at
// once or 1 s late, under the Content-Security-Policy the builder shows beside each: the same
// words as a client render (the builder's live preview), layout shift 0.00 for the pre-rendered
// snippet, its DOM after hydration equal to the client render's (each with its emergency signs
// opened, as a reader opens them), no CSP violation.
// The snippets are composed by the builder's own functions (stories/builder/snippets.ts).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { waitForLimberRendered } from '../lib/limber-rendered.mjs';
import { INSTRUMENT, firstDifference, openEmergencySigns, readEmbeds } from './embed-dom.mjs';

const root = new URL('../../', import.meta.url).pathname;

const CHOICES = [
  { kind: 'exercise-card', item: 'sciatic-nerve-glide', locale: 'es', headingLevel: 2, region: 'us', theme: 'auto' },
  { kind: 'care-card', item: 'emergency', locale: 'en', headingLevel: 3, region: 'uk', theme: 'dark' },
  { kind: 'article', item: 'pinched-nerve-low-back', locale: 'en', headingLevel: 2, region: 'us', theme: 'auto' },
];

/** The builder's snippet functions, bundled for Node. */
export async function snippetModule() {
  const out = `${root}test-results/snippets.mjs`;
  await build({ entryPoints: [`${root}stories/builder/snippets.ts`], outfile: out, format: 'esm', bundle: true, logLevel: 'silent' });
  return import(`${out}?${Date.now()}`);
}

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
  await page.evaluate(openEmergencySigns);
  await waitForLimberRendered(page).catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 600));
  const after = await readEmbed(page);
  const violations = await page.evaluate(() => window.__violations);
  await page.close();
  return { before, after, cls, violations, errors };
}

export async function snippetChecks({ browser, base, report }) {
  const snippets = await snippetModule();
  const index = JSON.parse(readFileSync(`${root}dist/prerendered/index.json`, 'utf8'));
  const figures = [];
  for (const { kind, ...rest } of CHOICES) {
    const choice = { element: index.elements.find((e) => e.kind === kind), ...rest, scriptBase: `${base}/dist/` };
    const name = `${kind} ${rest.item} (${rest.locale}, h${rest.headingLevel}${choice.element.regional ? `, ${rest.region}` : ''}, theme ${rest.theme})`;
    const prerendered = readFileSync(`${root}dist/prerendered/${snippets.snippetPath(choice)}`, 'utf8');
    const tagOnly = { snippet: snippets.scriptSnippet(choice), csp: snippets.contentSecurityPolicy(choice, false, base) };
    const ready = { snippet: snippets.prerenderedSnippet(choice, prerendered), csp: snippets.contentSecurityPolicy(choice, true, base) };
    const client = await paste(browser, base, { ...tagOnly, late: true });
    const hydrated = await paste(browser, base, { ...ready, late: true });
    const atOnce = await paste(browser, base, { ...ready, late: false });
    report(
      client.after.upgraded && client.after.words.length > 100,
      `${name}: script and tag in the body renders`,
      `${client.after.words.length} characters`,
    );
    report(client.before.words === '', `${name}: …and shows nothing before its script arrives`, client.before.words.slice(0, 60));
    report(hydrated.before.words === client.after.words, `${name}: pre-rendered, before any script: the same words as the live render`);
    report(
      hydrated.after.upgraded && hydrated.after.words === client.after.words,
      `${name}: pre-rendered, hydrated 1 s late: the same words`,
    );
    const same = hydrated.after.dom === client.after.dom;
    report(
      same,
      `${name}: pre-rendered, hydrated: the DOM equals a client render's`,
      same ? '' : firstDifference(hydrated.after.dom, client.after.dom),
    );
    report(
      hydrated.cls === 0 && atOnce.cls === 0,
      `${name}: pre-rendered: layout shift 0.00 (script 1 s late and at once)`,
      `CLS ${hydrated.cls.toFixed(4)} / ${atOnce.cls.toFixed(4)}`,
    );
    const violations = [...client.violations, ...hydrated.violations, ...atOnce.violations];
    report(violations.length === 0, `${name}: both snippets pass the CSP the builder shows beside them`, violations.join(', '));
    const errors = [...client.errors, ...hydrated.errors, ...atOnce.errors];
    report(errors.length === 0, `${name}: no console errors`, errors.join(' | ').slice(0, 300));
    figures.push(`${kind}: script in the body ${client.cls.toFixed(4)}, pre-rendered ${hydrated.cls.toFixed(4)}`);
  }
  console.log(`     layout shift, script 1 s late: ${figures.join('; ')}`);
}
