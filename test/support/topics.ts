/**
 * The built-in topics as the tests read them, from the generated catalog and loaders (never a
 * topic's own module), so a new topic or language needs no test edit. Importing this loads every
 * language's content: a test of what loads when imports ./lists.ts instead.
 */
import { defaultCatalog } from '../../src/content/default-catalog.js';
import { TOPIC_LOADERS } from '../../src/content/topic-loaders.js';
import { TOPIC_IDS } from '../../src/locale/languages.js';
import type { Topic } from '../../src/model/index.js';
import { SOURCE, TOPIC, TRANSLATION, TRANSLATIONS, type Language } from './lists.js';

const translated = Object.fromEntries(
  await Promise.all(
    TRANSLATIONS.map(async (lang) => [lang, await Promise.all(TOPIC_IDS.map((id) => TOPIC_LOADERS[lang]![id]!()))] as const),
  ),
) as Readonly<Record<string, readonly Topic[]>>;

/** Every built-in topic in the source language, in list order. */
export const TOPICS: readonly Topic[] = defaultCatalog.topics;

/** A built-in topic as a language shows it (the first listed topic unless `id` is given). */
export function topicIn(lang: Language, id: string = TOPIC): Topic {
  const topic = (lang === SOURCE ? TOPICS : translated[lang])?.find((t) => t.id === id);
  if (!topic) throw new Error(`no built-in topic "${id}" in ${lang}`);
  return topic;
}

/** The first listed topic in the source language. */
export const SOURCE_TOPIC: Topic = topicIn(SOURCE);
/** The first listed topic in the first translation. */
export const TRANSLATED_TOPIC: Topic = topicIn(TRANSLATION);
