/**
 * The first listed topic's own files that the bundle leaves out (its change summaries, its terms
 * records), for the Node tests: found by the topic's id, never by a spelled path.
 */
import type { TopicRecords } from '../../src/model/index.js';
import { TOPIC } from './lists.js';

/** One version's summary of what changed for readers, in each language. */
export interface LocalisedChange {
  readonly version: string;
  readonly date: string;
  readonly summary: Readonly<Record<string, string>>;
}

/** The topic's change summaries, newest first (content/<topic>/changes.ts). */
export const { changes } = (await import(`../../content/${TOPIC}/changes.js`)) as { changes: readonly LocalisedChange[] };
/** The topic's records for reviewers (content/<topic>/references.ts). */
export const { records } = (await import(`../../content/${TOPIC}/references.js`)) as { records: TopicRecords };
