import { pseudoize } from '../i18n/pseudo.js';
import type { Topic } from '../model/index.js';
import { NOT_PROSE } from '../model/prose.js';

/**
 * English topics in a pseudo-locale (`en-XA`, `ar-XB`): every prose field of the English text
 * run through `pseudo`, for finding truncation, overflow and words that skip the message tables.
 */
export function pseudoTopics(english: readonly Topic[], locale: string): Topic[] {
  return english.map((topic) => ({ ...pseudoize(topic, (key) => NOT_PROSE.has(key)), locale }));
}
