import { ITEM_TOPICS } from './item-topics.js';

/**
 * The built-in topic an exercise, tip or person of that id belongs to, as a list of one (what
 * `loadBuiltInCatalog` takes); undefined for an id no built-in topic has (then every topic is looked in).
 */
export function builtInTopicOf(kind: string, id: string | undefined): readonly string[] | undefined {
  const topic = id === undefined ? undefined : ITEM_TOPICS[`${kind}:${id.trim()}`];
  return topic === undefined ? undefined : [topic];
}
