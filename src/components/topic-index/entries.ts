/**
 * The topic index's entries: each topic's name in its own text's words, first letter capital, and
 * its other names, sorted A to Z by the reader's language's rules; and those a filter matches.
 */
import type { Topic } from '../../model/index.js';

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

/** The entries of `topics`, A to Z by `locale`'s rules. */
export function topicEntries(topics: readonly Topic[], locale: string): TopicEntry[] {
  const entries = topics.map((topic) => {
    const name = topic.condition?.name ?? topic.title;
    return {
      id: topic.id,
      name: name.charAt(0).toLocaleUpperCase(topic.locale) + name.slice(1),
      otherNames: topic.condition?.alternateName ? [topic.condition.alternateName] : [],
      lang: topic.locale,
    };
  });
  const collator = new Intl.Collator(locale);
  return entries.sort((a, b) => collator.compare(a.name, b.name));
}

/** The entries with a name (or other name) that holds `query`, ignoring case and accents; all for an empty one. */
export function matching(entries: readonly TopicEntry[], query: string, locale: string): readonly TopicEntry[] {
  const wanted = folded(query, locale);
  if (wanted === '') return entries;
  return entries.filter((entry) => [entry.name, ...entry.otherNames].some((name) => folded(name, locale).includes(wanted)));
}
