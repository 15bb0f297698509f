/**
 * The prose of a topic text, field by field, as its readers meet it in the topic's language: every
 * string but the fields the topic schema keeps as they are (ids, enumerations, URLs, dates, reference metadata), a quote's
 * original words (another language), credentials, the reference list and the source article's
 * own details. What the readability and waiting rules read.
 */
import type { Topic } from '../../src/model/index.js';
import { fieldsByWords } from '../../src/content/validation/fields.js';
import { topicSchemas } from '../../src/content/validation/topic-schemas.js';

export interface ProseField {
  /** Where it is in the topic, e.g. `exercises.items[2].steps[0]`. */
  readonly path: string;
  readonly text: string;
}

const NOT_READ = new Set([...fieldsByWords(topicSchemas().topic).kept, 'original', 'credentials']);

/** Every prose field of a topic, in the topic's order. */
export function proseOf(topic: Topic): ProseField[] {
  const fields: ProseField[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') fields.push({ path, text: value });
    else if (Array.isArray(value)) value.forEach((item: unknown, i) => walk(item, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (!NOT_READ.has(k)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk({ ...topic, references: [], source: {} }, '');
  return fields;
}
