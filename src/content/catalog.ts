import { localeChain } from '../locale/chain.js';
import type { Exercise, ExerciseGoal, Reference, Topic } from '../model/index.js';

/**
 * A catalog holds topics by id and locale. Elements look content up here by id; the provider can
 * hand down another catalog (for more topics or locales) through context.
 */
export interface Catalog {
  readonly topics: readonly Topic[];
}

/** What a provider hands down while it fetches the validator for its catalog: elements wait. */
export const PENDING_CATALOG: Catalog = Object.freeze({ topics: [] });

/** The topic with this id in the best available locale, falling back to English. */
export function findTopic(catalog: Catalog, topicId: string, locale: string): Topic | undefined {
  for (const candidate of localeChain(locale)) {
    const topic = catalog.topics.find((t) => t.id === topicId && t.locale === candidate);
    if (topic) return topic;
  }
  return undefined;
}

/** The topics that have a text in the best available locale, one per topic id. */
export function topicsFor(catalog: Catalog, locale: string): Topic[] {
  const ids = [...new Set(catalog.topics.map((t) => t.id))];
  return ids.map((id) => findTopic(catalog, id, locale)).filter((t): t is Topic => t !== undefined);
}

/** An exercise found by id, with the topic it belongs to (for its references). */
export interface ExerciseEntry {
  readonly exercise: Exercise;
  readonly topic: Topic;
}

/** Finds an exercise by id in any topic of the catalog. */
export function findExercise(catalog: Catalog, exerciseId: string, locale: string): ExerciseEntry | undefined {
  for (const topic of topicsFor(catalog, locale)) {
    const exercise = topic.exercises.items.find((e) => e.id === exerciseId);
    if (exercise) return { exercise, topic };
  }
  return undefined;
}

/** A topic's exercises, optionally only those with one goal. */
export function exercisesOf(topic: Topic, goal?: ExerciseGoal): readonly Exercise[] {
  return goal === undefined ? topic.exercises.items : topic.exercises.items.filter((e) => e.goal === goal);
}

/** Resolves reference ids against every topic in the catalog, in the order given. */
export function findReferences(catalog: Catalog, ids: readonly string[], locale: string): Map<string, Reference> {
  const found = new Map<string, Reference>();
  const topics = topicsFor(catalog, locale);
  for (const id of ids) {
    for (const topic of topics) {
      const reference = topic.references.find((r) => r.id === id);
      if (reference) {
        found.set(id, reference);
        break;
      }
    }
  }
  return found;
}
