/**
 * The topic index's entries: each topic's name in its own text's words, first letter capital, and
 * its other names, sorted A to Z by the reader's language's rules; and those a filter matches.
 */
import type { Condition, Topic } from '../../model/index.js';
import { localeChain } from '../../locale/chain.js';

/** One topic as the index shows it. */
export interface TopicEntry {
  readonly id: string;
  /** The condition's name as the topic's text gives it, first letter capital (its title without one). */
  readonly name: string;
  readonly otherNames: readonly string[];
  /** The language the names are in: the topic text's (English where no translation exists yet). */
  readonly lang: string;
}

/** Text as a filter compares it: lower case, accents and spaces at the ends gone. */
function folded(text: string, locale: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale).trim();
}

/** One topic's entry from its names in one language (its title where it names no condition). */
function entryOf(id: string, lang: string, condition: Condition | undefined, title: string): TopicEntry {
  const name = condition?.name ?? title;
  return {
    id,
    name: name.charAt(0).toLocaleUpperCase(lang) + name.slice(1),
    otherNames: condition?.alternateName ? [condition.alternateName] : [],
    lang,
  };
}

/** Entries A to Z by `locale`'s rules. */
function sorted(entries: TopicEntry[], locale: string): TopicEntry[] {
  const collator = new Intl.Collator(locale);
  return entries.sort((a, b) => collator.compare(a.name, b.name));
}

/** The entries of `topics` (a provider's catalog), A to Z by `locale`'s rules. */
export function topicEntries(topics: readonly Topic[], locale: string): TopicEntry[] {
  return sorted(
    topics.map((topic) => entryOf(topic.id, topic.locale, topic.condition, topic.title)),
    locale,
  );
}

/**
 * The entries of the built-in topics from their names alone (`TOPIC_NAMES`, generated from the
 * content), each in the reader's language where the topic has its own names in it, else English:
 * no topic is fetched to list them.
 */
export function nameEntries(names: Readonly<Record<string, Readonly<Record<string, Condition>>>>, locale: string): TopicEntry[] {
  const entries = Object.entries(names).flatMap(([id, byLanguage]) => {
    const lang = localeChain(locale).find((code) => byLanguage[code] !== undefined);
    return lang === undefined ? [] : [entryOf(id, lang, byLanguage[lang], id)];
  });
  return sorted(entries, locale);
}

/** The entries with a name (or other name) that holds `query`, ignoring case and accents; all for an empty one. */
export function matching(entries: readonly TopicEntry[], query: string, locale: string): readonly TopicEntry[] {
  const wanted = folded(query, locale);
  if (wanted === '') return entries;
  return entries.filter((entry) => [entry.name, ...entry.otherNames].some((name) => folded(name, locale).includes(wanted)));
}
