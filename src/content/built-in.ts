import { localeChain } from '../locale/chain.js';
import { rerenderAll } from '../locale/lang.js';
import type { Catalog } from './catalog.js';
import type { Topic } from '../model/index.js';
import { PSEUDO_LOCALES, TOPIC_IDS } from '../locale/languages.js';
import { TOPIC_LOADERS } from './topic-loaders.js';

/**
 * The built-in content: each topic in each locale its own module, fetched only when an element
 * first looks that topic up in that locale (`topics`: the ids it needs; all of them when it does
 * not say, as an element with an exercise id and no topic). A portal that sets `data` or hands the
 * provider its own catalog never downloads any of it. A bundle that carries topics anyway
 * registers them up front (`provideBuiltInTopics`: `limber-en.js`, `limber-es.js`, a portal's
 * `built-in-content.js`), so its elements render in one pass.
 */
const values = new Map<string, Map<string, Topic>>();
const pending = new Map<string, Promise<void>>();

/** The loader of one topic in one locale: a module of its own, or English made pseudo. */
function loaderOf(tag: string, id: string): (() => Promise<Topic>) | undefined {
  const own = TOPIC_LOADERS[tag]?.[id];
  if (own) return own;
  if (!(PSEUDO_LOCALES as readonly string[]).includes(tag)) return undefined;
  // English comes through the store, not an import: a bundle that carries English keeps it to itself.
  return async () => {
    const [{ pseudoTopics }] = await Promise.all([import('./pseudo-catalog.js'), load('en', id)]);
    const english = values.get('en')?.get(id);
    const [pseudo] = english ? pseudoTopics([english], tag) : [];
    if (!pseudo) throw new Error(`no English "${id}" to make pseudo`);
    return pseudo;
  };
}

/** Whether `tag` has `id`: registered, a module of its own, or English made pseudo. */
const has = (tag: string, id: string): boolean => Boolean(values.get(tag)?.has(id) || loaderOf(tag, id));

/** Where `id` comes from in `locale`: the first locale of its chain that has it (`es-MX` → `es`, else English). */
const sourceOf = (locale: string, id: string): string | undefined => localeChain(locale).find((tag) => has(tag, id));

/** The ids to look up: those asked for that are built-in topics (an unknown id finds nothing), or every topic. */
const idsOf = (topics: readonly string[] | undefined): readonly string[] =>
  topics ? TOPIC_IDS.filter((id) => topics.includes(id)) : TOPIC_IDS;

/** Fetches one topic in one locale (once per page); resolves when it is there, or at once with no loader. */
function load(tag: string, id: string): Promise<void> {
  if (values.get(tag)?.has(id)) return Promise.resolve();
  const loader = loaderOf(tag, id);
  if (!loader) return Promise.resolve();
  const key = `${tag}/${id}`;
  let loading = pending.get(key);
  if (!loading) {
    loading = loader().then((topic) => void store(tag, topic));
    pending.set(key, loading);
  }
  return loading;
}

function store(tag: string, topic: Topic): void {
  let topics = values.get(tag);
  if (!topics) values.set(tag, (topics = new Map()));
  topics.set(topic.id, topic);
}

/**
 * The built-in catalog for a locale: the `topics` asked for (default: every built-in topic), in
 * the list's order, each in `locale` or, untranslated, the nearest fallback locale down to
 * English; undefined while one of them is still being fetched.
 */
export function builtInCatalog(locale = 'en', topics?: readonly string[]): Catalog | undefined {
  const found: Topic[] = [];
  for (const id of idsOf(topics)) {
    const tag = sourceOf(locale, id);
    if (tag === undefined) continue;
    const topic = values.get(tag)?.get(id);
    if (!topic) return undefined;
    found.push(topic);
  }
  return { topics: found };
}

/** Fetches what `builtInCatalog(locale, topics)` needs (each topic once per page); resolves when it is there. */
export function loadBuiltInCatalog(locale = 'en', topics?: readonly string[]): Promise<void> {
  return Promise.all(
    idsOf(topics).map((id) => {
      const tag = sourceOf(locale, id);
      return tag === undefined ? undefined : load(tag, id);
    }),
  ).then(() => undefined);
}

/** Registers built-in topics of one locale now, for bundles that include them anyway, and re-renders the elements waiting for them. */
export function provideBuiltInTopics(locale: string, topics: readonly Topic[]): void {
  for (const topic of topics) store(locale, topic);
  rerenderAll();
}
