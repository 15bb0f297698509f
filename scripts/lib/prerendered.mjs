// The matrix of pre-rendered snippets that `npm run build` writes to dist/prerendered/ (every
// built-in item × locale × heading level, × region where the element has one, × with and without
// require-review="clinical" where it shows items a clinician signs off), and where each
// lives. The embed builder (Storybook) and the WordPress plugin read dist/prerendered/index.json
// and compute a file's path the same way (`snippetPath`; PHP: limber_snippet_path()).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGUAGES, englishName, ownName } from './languages.mjs';
import { builtInTopics, careOptionWords, elementChoices, prerender, styleHashes, topicIndexHeadings } from './prerender.mjs';

/** Every language of src/languages.json. */
export const LOCALES = LANGUAGES;
/** h2–h4: what a page's sections need (h1 is the page's own title); others render live only. */
export const HEADING_LEVELS = [2, 3, 4];
// Regions, review requirements and care levels come from the elements' own lists (elementChoices).

/**
 * The topic index links to the host's pages, which the host names only when it embeds the index:
 * its snippets are rendered with this `href-template`, and the builder and the plugin put the
 * host's address in place of `prefix` (before the topic's id) and `suffix` (after it), in the
 * attribute and in every link alike, so hydration finds what it would render.
 */
export const TEMPLATE_MARKER = { prefix: 'https://limber-prefix.invalid/', suffix: '?limber-suffix' };

/**
 * Each element the matrix covers, the attribute naming its item, and the items per topic.
 * `regional`: it shows a number to call (the care cards, and the emergency line or card that comes
 * before any exercise). `reviewable`: it shows items a clinician signs off, so `require-review`
 * changes what it shows.
 */
const KINDS = [
  { kind: 'article', attribute: 'topic', regional: true, reviewable: true, items: (t) => [{ id: t.id, label: t.title }] },
  {
    kind: 'exercise-card',
    attribute: 'exercise',
    regional: true,
    reviewable: true,
    items: (t) => t.exercises.items.map((e) => ({ id: e.id, label: e.name })),
  },
  { kind: 'tip', attribute: 'tip', reviewable: true, items: (t) => t.tips.map((tip) => ({ id: tip.id, label: tip.title })) },
  {
    kind: 'care-card',
    attribute: 'level',
    regional: true,
    reviewable: true,
    items: (t, { careLevels }) =>
      careLevels.map((level) => ({ id: level, label: t.careAdvice.find((a) => a.level === level)?.heading ?? level })),
  },
  { kind: 'expert-card', attribute: 'person', items: (t) => t.people.map((p) => ({ id: p.id, label: p.name })) },
  ...[
    { kind: 'exercise-list', regional: true, reviewable: true },
    { kind: 'causes', reviewable: true },
    { kind: 'treatment-list', reviewable: true },
    { kind: 'expert-list' },
    { kind: 'citations' },
  ].map((element) => ({ ...element, attribute: 'topic', items: (t) => [{ id: t.id, label: t.title }] })),
  // One snippet for all topics (`all`), its links marked for the host's address (TEMPLATE_MARKER).
  {
    kind: 'topic-index',
    attribute: 'href-template',
    template: TEMPLATE_MARKER,
    items: (_, { indexHeadings }, locale) => [{ id: 'all', label: indexHeadings[locale] }],
  },
];

/**
 * Each language's name for a menu, in itself with English beside it: `{ en: 'English', es:
 * 'Español (Spanish)' }`. The WordPress plugin and the embed builder label their choices with it.
 */
export function languageNames() {
  return Object.fromEntries(LOCALES.map((code) => [code, code === 'en' ? 'English' : `${ownName(code)} (${englishName(code)})`]));
}

/**
 * Each region's name in English for a menu, `{ us: 'United States', uk: 'United Kingdom', … }`,
 * from `Intl.DisplayNames` (`uk` is ISO's `GB`). The WordPress plugin and the embed builder label
 * their region choices with it.
 */
export function regionNames(regions) {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  return Object.fromEntries(regions.map((code) => [code, names.of(code === 'uk' ? 'GB' : code.toUpperCase()) ?? code]));
}

/** Where the snippet for these choices lives, relative to dist/prerendered/. */
export function snippetPath({ locale, kind, id, headingLevel, region, requireReview }) {
  return `${locale}/${kind}/${id}.h${headingLevel}${region ? `.${region}` : ''}${requireReview ? `.${requireReview}` : ''}.html`;
}

/**
 * Writes every snippet and the index to `outDir`; returns the index. The index names, per
 * element, its items (with their label in each locale) and the CSP hashes of every shadow-root
 * stylesheet its snippets hold (one list per element: the union over its files).
 */
export async function writePrerendered(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  const topics = await builtInTopics();
  // Regions, review requirements and care levels as the elements list them (src/), never copied here.
  const choices = { ...(await elementChoices()), indexHeadings: await topicIndexHeadings(LOCALES) };
  const { regions, reviewRequirements } = choices;
  const elements = [];
  let files = 0;
  for (const { kind, attribute, regional = false, reviewable = false, items, template } of KINDS) {
    const byId = new Map();
    const hashes = new Set();
    for (const locale of LOCALES) {
      for (const topic of topics[locale]) {
        for (const item of items(topic, choices, locale)) {
          // An item every topic gives (the index's `all`) is rendered once per language.
          if (byId.get(item.id)?.label[locale] !== undefined) continue;
          const entry = byId.get(item.id) ?? { id: item.id, label: {} };
          entry.label[locale] = item.label;
          byId.set(item.id, entry);
          for (const headingLevel of HEADING_LEVELS) {
            for (const region of regional ? regions : [undefined]) {
              for (const requireReview of reviewable ? [undefined, ...reviewRequirements] : [undefined]) {
                const attributes = {
                  [attribute]: template ? `${template.prefix}{topic}${template.suffix}` : item.id,
                  lang: locale,
                  'heading-level': headingLevel,
                  ...(region ? { region } : {}),
                  ...(requireReview ? { 'require-review': requireReview } : {}),
                };
                const html = await prerender(kind, undefined, attributes);
                for (const hash of styleHashes(html)) hashes.add(hash);
                const file = join(outDir, snippetPath({ locale, kind, id: item.id, headingLevel, region, requireReview }));
                mkdirSync(dirname(file), { recursive: true });
                writeFileSync(file, `${html}\n`);
                files += 1;
              }
            }
          }
        }
      }
    }
    elements.push({
      kind,
      attribute,
      regional,
      reviewable,
      items: [...byId.values()],
      styleHashes: [...hashes].sort(),
      ...(template ? { template } : {}),
    });
  }
  const index = {
    locales: LOCALES,
    languageNames: languageNames(),
    headingLevels: HEADING_LEVELS,
    regions,
    regionNames: regionNames(regions),
    careOptionWords: await careOptionWords(LOCALES),
    reviewRequirements,
    elements,
  };
  writeFileSync(join(outDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  return { index, files };
}
