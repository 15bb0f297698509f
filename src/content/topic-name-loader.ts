/**
 * Each built-in topic's names in each language (`topic-names.ts`, written by `npm run generate`
 * from the content): its own chunk, fetched the first time a topic index needs it, so no other
 * page carries the names of every topic.
 */
import type { Condition } from '../model/index.js';

type TopicNames = Readonly<Record<string, Readonly<Record<string, Condition>>>>;

let names: TopicNames | undefined;
let loading: Promise<void> | undefined;

/** Fetches the names (once per page); resolves when they are held. */
export function loadTopicNames(): Promise<void> {
  return (loading ??= import('./topic-names.js').then(({ TOPIC_NAMES }) => {
    names = TOPIC_NAMES;
  }));
}

/** The names, once fetched (see `loadTopicNames`). */
export function topicNames(): TopicNames | undefined {
  return names;
}
