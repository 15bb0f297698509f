/**
 * Which built-in topic each exercise, tip and person belongs to (`item-topics.ts`, written by
 * `npm run generate` from the content): its own chunk, fetched the first time an element given
 * only such an id needs it, so that element fetches one topic and no page carries the directory of
 * every topic.
 */
import { fetchedOnce } from './fetched-once.js';

const [load, directory] = fetchedOnce(() => import('./item-topics.js').then(({ ITEM_TOPICS }) => ITEM_TOPICS));

/** Fetches the directory (once per page); resolves when it is held. */
export const loadItemTopics = load;

/**
 * The built-in topic an exercise, tip or person of that id belongs to, as a list of one (what
 * `loadBuiltInCatalog` takes); undefined for an id no built-in topic has (then every topic is
 * looked in); null while the directory is not fetched yet.
 */
export function builtInTopicOf(kind: string, id: string | undefined): readonly string[] | undefined | null {
  const held = directory();
  if (held === undefined) return null;
  const topic = id === undefined ? undefined : held[`${kind}:${id.trim()}`];
  return topic === undefined ? undefined : [topic];
}
