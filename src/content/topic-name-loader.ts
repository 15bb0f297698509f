/**
 * Each built-in topic's names in each language (`topic-names.ts`, written by `npm run generate`
 * from the content): its own chunk, fetched the first time a topic index needs it, so no other
 * page carries the names of every topic.
 */
import { fetchedOnce } from './fetched-once.js';

/** `loadTopicNames` fetches the names (once per page); `topicNames` is them, once there. */
export const [loadTopicNames, topicNames] = fetchedOnce(() => import('./topic-names.js').then(({ TOPIC_NAMES }) => TOPIC_NAMES));
