import { localeChain } from '../locale/chain.js';
import { PerLocale } from '../locale/per-locale.js';
import type { Catalog } from './catalog.js';
import type { Topic } from '../model/index.js';
import { PSEUDO_LOCALES, TOPIC_IDS } from '../locale/languages.js';
import { TOPIC_LOADERS } from './topic-loaders.js';

/**
 * The built-in content: each topic in each locale its own module, fetched only when an element
 * first looks that topic up in that locale (`wanted`: the ids it needs; all of them when it does
 * not say, as an element with an exercise id and no topic). A portal that sets `data` or hands the
 * provider its own catalog never downloads any of it. A bundle that carries topics anyway
 * registers them up front (`provideBuiltInTopics`: `limber-en.js`, `limber-es.js`, a portal's
 * `built-in-content.js`), so its elements render in one pass.
 */
/** A topic in a locale, as the store names it. */
const key = (tag: string, id: string): string => `${tag}/${id}`;

/** English made pseudo, for the test pseudo-locales; English comes through the store, not an import. */
async function pseudoTopic(tag: string, id: string): Promise<Topic> {
  const [{ pseudoTopics }] = await Promise.all([import('./pseudo-catalog.js'), topics.load(key('en', id))]);
  const english = topics.get(key('en', id));
  const [pseudo] = english ? pseudoTopics([english], tag) : [];
  if (!pseudo) throw new Error(`no English "${id}" to make pseudo`);
  return pseudo;
}

/** Every built-in topic in every locale, each fetched once per page (a bundle that carries it registers it). */
const topics = new PerLocale<Topic>({
  ...Object.fromEntries(
    Object.entries(TOPIC_LOADERS).flatMap(([tag, own]) => Object.entries(own).map(([id, load]) => [key(tag, id), load])),
  ),
  ...Object.fromEntries(PSEUDO_LOCALES.flatMap((tag) => TOPIC_IDS.map((id) => [key(tag, id), () => pseudoTopic(tag, id)]))),
});

/** Where `id` comes from in `locale`: the first locale of its chain that has it (`es-MX` → `es`, else English). */
const sourceOf = (locale: string, id: string): string | undefined => localeChain(locale).find((tag) => topics.knows(key(tag, id)));

/** The ids to look up: those asked for that are built-in topics (an unknown id finds nothing), or every topic. */
const idsOf = (wanted: readonly string[] | undefined): readonly string[] =>
  wanted ? TOPIC_IDS.filter((id) => wanted.includes(id)) : TOPIC_IDS;

/**
 * The built-in catalog for a locale: the `topics` asked for (default: every built-in topic), in
 * the list's order, each in `locale` or, untranslated, the nearest fallback locale down to
 * English; undefined while one of them is still being fetched.
 */
export function builtInCatalog(locale = 'en', wanted?: readonly string[]): Catalog | undefined {
  const found: Topic[] = [];
  for (const id of idsOf(wanted)) {
    const tag = sourceOf(locale, id);
    if (tag === undefined) continue;
    const topic = topics.get(key(tag, id));
    if (!topic) return undefined;
    found.push(topic);
  }
  return { topics: found };
}

/** Fetches what `builtInCatalog(locale, wanted)` needs (each topic once per page); resolves when it is there. */
export function loadBuiltInCatalog(locale = 'en', wanted?: readonly string[]): Promise<void> {
  return Promise.all(
    idsOf(wanted).map((id) => {
      const tag = sourceOf(locale, id);
      return tag === undefined ? undefined : topics.load(key(tag, id));
    }),
  ).then(() => undefined);
}

/** Registers built-in topics of one locale now, for bundles that include them anyway, and re-renders the elements waiting for them. */
export function provideBuiltInTopics(locale: string, provided: readonly Topic[]): void {
  for (const topic of provided) topics.provide(key(locale, topic.id), topic);
}
