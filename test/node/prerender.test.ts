// The pre-rendering a CMS editor runs (`npm run prerender`) and the static twin the benchmark
// measures against: what they print, and that the twin keeps the words and CSS but can't upgrade.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { TOPIC, TRANSLATION } from '../support/lists.js';
import { SOURCE_TOPIC, TRANSLATED_TOPIC } from '../support/topics.js';
import type { Topic } from '../../src/model/index.js';

// Loaded at run time from the repository (not bundled into test-results/node/).
const root = new URL('../../', import.meta.url);
type PrerenderModule = {
  prerender(kind: string, id: string, attributes?: Record<string, string>): Promise<string>;
  staticTwin(html: string): string;
  styleHashes(html: string): string[];
};
const load = async (): Promise<PrerenderModule> => (await import(new URL('scripts/lib/prerender.mjs', root).href)) as PrerenderModule;

it('an exercise card pre-renders with its words inside a declarative shadow root', async () => {
  const { prerender } = await load();
  const html = await prerender('exercise-card', 'knee-rolls');
  assert.match(
    html,
    /^(<!--[^>]*-->)?<limber-exercise-card\s+exercise="knee-rolls"><template shadowroot="open" shadowrootmode="open"><style>/,
  );
  assert.match(html, /<h3[^>]*>(<!--[^>]*-->)*Knee rolls(<!--[^>]*-->)*<\/h3>/);
  assert.ok(!/<script/i.test(html), 'no script in pre-rendered HTML');
});

it('a card that stands alone pre-renders every care card, for readers without JavaScript: emergency open, the rest in its details', async () => {
  const { prerender } = await load();
  const html = await prerender('exercise-card', 'bridge', { region: 'uk' });
  const details = /<details class="more-care"[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
  const before = html.slice(0, html.indexOf('<details class="more-care"'));
  assert.ok(
    /<limber-care-card[^>]*level="emergency"[^>]*><template shadowroot="open"/.test(before),
    'the emergency card, rendered and open',
  );
  assert.ok(before.includes('Call 999 or go to A&amp;E now.'), 'with the region’s number');
  assert.ok(details.includes('When to see a doctor'), 'the summary says what is inside');
  for (const level of ['urgent', 'non-urgent'])
    assert.ok(
      new RegExp(`<limber-care-card[^>]*level="${level}"[^>]*><template shadowroot="open"`).test(details),
      `the ${level} card, inside`,
    );
  const after = html.slice(html.indexOf('</details>'));
  assert.ok(/<h4[^>]*>(<!--[^>]*-->)*Before you start/.test(after), 'then the safety lines, before the steps');
  assert.ok(after.indexOf('Before you start') < after.indexOf('Starting position'), 'before the steps');
});

it('attributes are escaped into the tag, and the article renders its nested elements', async () => {
  const { prerender } = await load();
  const html = await prerender('article', TOPIC, { 'cta-href': 'https://example.org/a?b=1&c="2"' });
  // (assert.ok, not match: a failure would print 280 KB of HTML.)
  assert.ok(html.includes('cta-href="https://example.org/a?b=1&amp;c=&quot;2&quot;"'), 'the attribute is escaped');
  for (const tag of ['limber-exercise-list', 'limber-exercise-card', 'limber-citations', 'limber-care-card']) {
    assert.ok(new RegExp(`<${tag}[^>]*><template shadowroot="open"`).test(html), `${tag} is pre-rendered inside the article`);
  }
});

it('the static twin keeps words and custom properties, drops Lit markers, and renames the tags', async () => {
  const { prerender, staticTwin } = await load();
  const html = await prerender('exercise-card', 'bridge');
  const twin = staticTwin(html);
  assert.ok(!/<!--\/?lit-part|<\?lit\$/.test(twin), 'no hydration markers');
  assert.ok(!/<limber-/.test(twin), 'no tag that could upgrade');
  assert.match(twin, /<static-limber-exercise-card /);
  assert.ok(twin.includes('var(--limber-color-accent'), 'custom properties untouched');
  const words = (s: string): string => s.replace(/<style>[\s\S]*?<\/style>|<[^>]+>/g, '').replace(/\s+/g, ' ');
  assert.equal(words(twin), words(html));
});

it('style hashes: one CSP source per distinct shadow-root stylesheet', async () => {
  const { prerender, styleHashes } = await load();
  const html = await prerender('article', TOPIC);
  const distinct = new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]));
  const hashes = styleHashes(html);
  assert.equal(hashes.length, distinct.size);
  for (const hash of hashes) assert.match(hash, /^'sha256-[A-Za-z0-9+/]{43}='$/);
});

it('the command prints the HTML and what the page needs; a wrong call exits 2 with usage', () => {
  const ok = spawnSync(process.execPath, ['scripts/prerender.mjs', 'tip', 'pre-treat-with-heat'], { cwd: root, encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /<limber-tip\s+tip="pre-treat-with-heat"><template shadowroot/);
  assert.match(ok.stderr, /limber-hydrate\.js" async/);
  assert.match(ok.stderr, /style-src 'self' 'sha256-/);
  const bad = spawnSync(process.execPath, ['scripts/prerender.mjs', 'marquee', 'x'], { cwd: root, encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^usage: npm run prerender/);
});

it('a pre-rendered article carries its JSON-LD once, as the element writes it; no-structured-data leaves it out', async () => {
  const { prerender } = await load();
  const html = await prerender('article', TOPIC);
  const scripts = [...html.matchAll(/<script type="application\/ld\+json" data-limber-structured-data>([^<]*)<\/script>/g)];
  assert.equal(scripts.length, 1);
  assert.ok(html.indexOf('<script') > html.lastIndexOf('</template>'), 'a light-DOM child after the shadow root, never inside it');
  const data = JSON.parse(scripts[0]?.[1] ?? '') as { '@type': string; inLanguage: string; hasPart: { '@type': string }[] };
  assert.equal(data['@type'], 'MedicalWebPage');
  assert.equal(data.inLanguage, 'en');
  assert.equal(data.hasPart.length, 6);
  const without = await prerender('article', TOPIC, { 'no-structured-data': '' });
  assert.ok(!without.includes('application/ld+json'));
});

it('pre-renders in a translation from the element’s own lang (SSR sees no page), JSON-LD included', async () => {
  const { prerender } = await load();
  const knees = (topic: Topic): string => topic.exercises.items.find((e) => e.id === 'knee-rolls')!.name;
  const card = await prerender('exercise-card', 'knee-rolls', { lang: TRANSLATION });
  assert.match(card, new RegExp(`<h3[^>]*>(<!--[^>]*-->)*${knees(TRANSLATED_TOPIC)}(<!--[^>]*-->)*</h3>`));
  assert.ok(!card.includes(knees(SOURCE_TOPIC)), 'no English name');
  const article = await prerender('article', TOPIC, { lang: TRANSLATION });
  const json = /<script type="application\/ld\+json" data-limber-structured-data>([^<]*)<\/script>/.exec(article)?.[1] ?? '';
  const data = JSON.parse(json) as { inLanguage: string; name: string };
  assert.equal(data.inLanguage, TRANSLATION);
  assert.equal(data.name, TRANSLATED_TOPIC.title);
  // The elements nested in the article's shadow roots are translated too, not only the article.
  assert.ok(article.includes(TRANSLATED_TOPIC.causes.heading), 'the causes section translated');
  assert.ok(article.includes(knees(TRANSLATED_TOPIC)), 'the exercise list’s cards translated');
  assert.ok(!article.includes(SOURCE_TOPIC.causes.heading) && !article.includes(knees(SOURCE_TOPIC)), 'no English section');
  // And the language does not stay behind for the next snippet.
  assert.ok((await prerender('exercise-card', 'knee-rolls')).includes(knees(SOURCE_TOPIC)), 'an English card after it');
});

it('the pre-rendered matrix and the embed builder name a snippet’s file the same way', async () => {
  const matrix = (await import(new URL('scripts/lib/prerendered.mjs', root).href)) as {
    snippetPath(choice: {
      locale: string;
      kind: string;
      id: string;
      headingLevel: number;
      region?: string;
      requireReview?: string;
    }): string;
  };
  const { snippetPath } = await import('../../stories/builder/snippets.js');
  const element = (kind: string, regional: boolean, reviewable = true) => ({
    kind,
    attribute: 'x',
    regional,
    reviewable,
    items: [],
    styleHashes: [],
  });
  const choice = {
    item: 'emergency',
    locale: TRANSLATION,
    region: 'uk',
    theme: 'auto' as const,
    headingLevel: 2,
    requireReview: '',
    scriptBase: '/',
  };
  assert.equal(snippetPath({ ...choice, element: element('care-card', true) }), `${TRANSLATION}/care-card/emergency.h2.uk.html`);
  assert.equal(
    snippetPath({ ...choice, requireReview: 'clinical', element: element('care-card', true) }),
    `${TRANSLATION}/care-card/emergency.h2.uk.clinical.html`,
  );
  assert.equal(
    matrix.snippetPath({
      locale: TRANSLATION,
      kind: 'care-card',
      id: 'emergency',
      headingLevel: 2,
      region: 'uk',
      requireReview: 'clinical',
    }),
    snippetPath({ ...choice, requireReview: 'clinical', element: element('care-card', true) }),
  );
  // An element that shows nothing a clinician signs off has one snippet, whatever the site requires.
  assert.equal(
    snippetPath({ ...choice, requireReview: 'clinical', element: element('citations', false, false) }),
    `${TRANSLATION}/citations/emergency.h2.html`,
  );
  assert.equal(
    matrix.snippetPath({ locale: TRANSLATION, kind: 'care-card', id: 'emergency', headingLevel: 2, region: 'uk' }),
    snippetPath({ ...choice, element: element('care-card', true) }),
  );
  assert.equal(
    matrix.snippetPath({ locale: TRANSLATION, kind: 'tip', id: 'emergency', headingLevel: 2 }),
    snippetPath({ ...choice, element: element('tip', false) }),
  );
});

it('the shared-sheet twin: no <style> left, every root names one shared sheet, the same words', async () => {
  const mod = (await load()) as PrerenderModule & {
    sharedSheetTwin(html: string, registry?: { sheets: string[]; index: Map<string, number> }): { html: string };
  };
  const registry = { sheets: [] as string[], index: new Map<string, number>() };
  const article = await mod.prerender('article', TOPIC);
  const card = await mod.prerender('exercise-card', 'bridge');
  const twin = mod.sharedSheetTwin(article, registry).html;
  const cardTwin = mod.sharedSheetTwin(card, registry).html;
  const distinct = new Set([...article.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]));
  assert.ok(!/<style>/.test(twin + cardTwin), 'no <style> in either twin');
  assert.equal((twin.match(/ data-sheet="\d+"><template shadowroot/g) ?? []).length, (article.match(/<template shadowroot/g) ?? []).length);
  assert.ok(registry.sheets.length >= distinct.size && registry.sheets.length < distinct.size + 3, 'the card adds at most its own sheets');
  const words = (s: string): string => s.replace(/<style>[\s\S]*?<\/style>|<[^>]+>/g, '').replace(/\s+/g, ' ');
  assert.equal(words(twin), words(article));
});
