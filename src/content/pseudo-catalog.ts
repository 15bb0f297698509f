import { pseudoize } from '../i18n/pseudo.js';
import type { Topic } from '../model/index.js';
import { fieldsByWords } from './validation/fields.js';
import { topicSchemas } from './validation/topic-schemas.js';

/**
 * English topics in a pseudo-locale (`en-XA`, `ar-XB`): every prose field of the English text (what the topic schema does not keep as it is)
 * run through `pseudo`, for finding truncation, overflow and words that skip the message tables.
 */
export function pseudoTopics(english: readonly Topic[], locale: string): Topic[] {
  const { kept } = fieldsByWords(topicSchemas().topic);
  return english.map((topic) => ({ ...pseudoize(topic, (key) => kept.has(key)), locale }));
}
