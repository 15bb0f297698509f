// Lit SSR for Limber: bundles the elements for Node once (rollup, Lit external), then renders
// a tag to HTML with declarative shadow DOM. Used by `npm run prerender` and the benchmark's
// static twin, so both show exactly the words the elements render.
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { rollup } from 'rollup';
import { isLit, ts, virtualModules } from './build-plugins.mjs';
import { ELEMENTS } from './elements.mjs';
import { TOPICS, TRANSLATIONS, topicExport } from './languages.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
// One file per process, removed once imported: two runs at once never read each other's build.
const outfile = `${root}node_modules/.cache/limber-prerender/elements-${process.pid}.mjs`;

/** Each kind of element the prerenderer knows, with the attribute that takes its id (src/elements.json). */
export const PRERENDER_KINDS = Object.fromEntries(ELEMENTS.filter((e) => e.prerender).map((e) => [e.name, e.prerender]));

// The elements for Node: built by rollup with the very plugins the shipped bundles use, so each
// template's strings (minified at build) and so Lit's hydration digests match dist/ exactly.
const ENTRY = `import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import '${root}src/limber.ts';
// English registered up front too (limber.js fetches it on first need): SSR renders in one pass.
import '${root}src/content/define-built-in.ts';
export { defaultCatalog } from '${root}src/content/default-catalog.ts';
export { loadFigures } from '${root}src/components/exercise-card/figure/frames.ts';
export { loadItemTopics } from '${root}src/content/item-topic.ts';
export { loadTopicNames } from '${root}src/content/topic-name-loader.ts';
export { structuredData, jsonLdText } from '${root}src/components/article/structured-data.ts';
export { en } from '${root}src/i18n/messages.ts';
export { setServerLang } from '${root}src/locale/lang.ts';
export { REGIONS, REVIEW_REQUIREMENTS } from '${root}src/model/settings.ts';
export { CARE_LEVELS } from '${root}src/model/index.ts';
// Each translation's words and content, registered up front: SSR renders in one pass, nothing is fetched.
${TRANSLATIONS.map((code) => `export * as ${code.replace(/-/g, '_')} from '${root}src/limber-${code}.ts';`).join('\n')}`;

let loaded;
async function loadRenderer() {
  loaded ??= (async () => {
    mkdirSync(dirname(outfile), { recursive: true });
    const bundle = await rollup({
      input: 'prerender-entry',
      external: (id) => isLit(id) || id.startsWith('@lit-labs/'),
      plugins: [virtualModules({ 'prerender-entry': ENTRY }), ts({ sourceMap: false })],
      onwarn: () => {},
    });
    await bundle.write({ file: outfile, format: 'es', inlineDynamicImports: true });
    await bundle.close();
    const elements = await import(pathToFileURL(outfile).href);
    rmSync(outfile, { force: true });
    // Lit SSR renders in one pass: the figure drawing, which topic has each exercise, tip and person,
    // and the topic index's names must be there before the first element is.
    await Promise.all([elements.loadFigures(), elements.loadItemTopics(), elements.loadTopicNames()]);
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html, unsafeStatic } = await import('lit/static-html.js');
    return { render, collectResult, html, unsafeStatic, catalog: elements.defaultCatalog, elements };
  })();
  return loaded;
}

const moduleOf = (code) => code.replace(/-/g, '_');

/** The built-in topics of each locale the pre-renderer knows, `{ en: [...], es: [...] }`. */
export async function builtInTopics() {
  const { catalog, elements } = await loadRenderer();
  const translated = (code) => TOPICS.map((topic) => elements[moduleOf(code)][topicExport(topic, code)]);
  return { en: catalog.topics, ...Object.fromEntries(TRANSLATIONS.map((code) => [code, translated(code)])) };
}

/** The UI words of a language the pre-renderer knows. */
const messagesOf = (elements, code) => (code === 'en' ? elements.en : elements[moduleOf(code)].messages);

/** The values the elements take, from their own lists: `{ regions, reviewRequirements, careLevels }`. */
export async function elementChoices() {
  const { elements } = await loadRenderer();
  return { regions: elements.REGIONS, reviewRequirements: elements.REVIEW_REQUIREMENTS, careLevels: elements.CARE_LEVELS };
}

/**
 * Each language's words for a page's own care options (the embed builder and the WordPress plugin
 * write them around the options they put in a snippet): the line saying where they come from, the
 * kinds' names, and the languages line with `{languages}` where the languages go.
 */
export async function careOptionWords(locales) {
  const { elements } = await loadRenderer();
  return Object.fromEntries(
    locales.map((code) => {
      const m = messagesOf(elements, code);
      return [code, { from: m.careOptionsFrom, kinds: m.careOptionKinds, languages: m.careOptionLanguages('{languages}') }];
    }),
  );
}

/** The topic index's heading in each language, its label in the builder's and the plugin's menus. */
export async function topicIndexHeadings(locales) {
  const { elements } = await loadRenderer();
  return Object.fromEntries(locales.map((code) => [code, messagesOf(elements, code).topicIndex.heading]));
}

/** The built-in catalog, as the pre-rendered elements see it (for picking ids). */
export async function builtInCatalog() {
  return (await loadRenderer()).catalog;
}

/** `<limber-<kind> <attribute>="id">` rendered to HTML with its shadow roots declared inline. */
export async function prerender(kind, id, attributes = {}) {
  const { render, collectResult, html, unsafeStatic } = await loadRenderer();
  const tag = unsafeStatic(`limber-${kind}`);
  const all = { ...(PRERENDER_KINDS[kind] && id !== undefined ? { [PRERENDER_KINDS[kind]]: id } : {}), ...attributes };
  const attrs = unsafeStatic(
    Object.entries(all)
      .map(([name, value]) => `${name}="${String(value).replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`)}"`)
      .join(' '),
  );
  // Each shadow root carries its own <style> (declarative shadow DOM cannot adopt a sheet); its
  // CSS is already minified, as the build minifies every css`` template.
  // The snippet's language reaches the elements nested in its shadow roots (no tree to walk here).
  const { elements } = await loadRenderer();
  elements.setServerLang(all.lang);
  let rendered;
  try {
    rendered = await collectResult(render(html`<${tag} ${attrs}></${tag}>`));
  } finally {
    elements.setServerLang(undefined);
  }
  return kind === 'article' && !('no-structured-data' in all)
    ? withStructuredData(rendered, all.topic, all.lang, all['require-review'])
    : rendered;
}

/**
 * An article's JSON-LD script child, as the element writes it in the browser (same text, same
 * marker), so it is in the page before any script runs and the article, hydrating, keeps it.
 */
async function withStructuredData(rendered, topicId, lang = 'en', requireReview = undefined) {
  const { elements } = await loadRenderer();
  const primary = lang.split('-')[0];
  const locale = TRANSLATIONS.includes(primary) ? primary : 'en';
  const topic = (await builtInTopics())[locale].find((t) => t.id === topicId);
  if (!topic) return rendered;
  const json = elements.jsonLdText(elements.structuredData(topic, messagesOf(elements, locale), undefined, requireReview));
  const script = `<script type="application/ld+json" data-limber-structured-data>${json}</script>`;
  const end = rendered.lastIndexOf('</limber-article>');
  return `${rendered.slice(0, end)}${script}${rendered.slice(end)}`;
}

/** Every Limber tag name, for renaming them in the static twin. */
const TAGS =
  /(?<![-\w])limber-(article|exercise-card|exercise-list|causes|treatment-list|tip|care-card|expert-card|expert-list|disclaimer|cta|citations|cite|provider)(?![-\w])/g;

/**
 * The static twin of pre-rendered HTML, for measuring the physical limit: the same DOM and CSS
 * with Lit's hydration markers removed and the tags renamed (`static-limber-…`, also in the
 * CSS selectors) so no element upgrades. Custom properties (`--limber-…`) are untouched.
 */
export function staticTwin(html) {
  return html
    .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?lit\$\d+\$>/g, '')
    .replace(/ defer-hydration(?=[ >])/g, '')
    .replace(TAGS, 'static-limber-$1');
}

/**
 * The shared-sheet twin: the static twin whose shadow roots hold no `<style>` and instead adopt
 * shared, already-built constructed stylesheets, as Limber's roots do (a page parses each
 * stylesheet once, not once per root). Each host gets `data-sheet="i"`, the index of its CSS in
 * `registry.sheets` (shared across calls, so the article and the cards use one list). The bench
 * builds those sheets before timing and adopts them, root by root, inside the timed span.
 */
export function sharedSheetTwin(html, registry = { sheets: [], index: new Map() }) {
  let roots = 0;
  const out = staticTwin(html).replace(
    /(<static-limber-[\w-]+)((?:\s+[\w-]+(?:="[^"]*")?)*)>(<template shadowroot="open" shadowrootmode="open"(?: shadowrootdelegatesfocus)?>)<style>([\s\S]*?)<\/style>/g,
    (_, open, attributes, template, css) => {
      roots += 1;
      if (!registry.index.has(css)) {
        registry.index.set(css, registry.sheets.length);
        registry.sheets.push(css);
      }
      return `${open}${attributes} data-sheet="${registry.index.get(css)}">${template}`;
    },
  );
  const templates = (out.match(/<template shadowroot/g) ?? []).length;
  if (templates !== roots) throw new Error(`sharedSheetTwin: ${templates - roots} of ${templates} shadow roots kept their <style>`);
  return { html: out, registry };
}

/** CSP `'sha256-…'` sources for each distinct inline <style> (a strict host adds them to style-src). */
export function styleHashes(html) {
  const styles = new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]));
  return [...styles].map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
}
