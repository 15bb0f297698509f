import { pseudoize } from '../i18n/pseudo.js';
import type { Topic } from './model.js';
import { builtInCatalog, loadBuiltInCatalog } from './built-in.js';

/** Fields that are not prose: ids, enumerations, URLs, dates, reference authors. Kept as they are. */
const NOT_PROSE = new Set([
  'id',
  'personId',
  'locale',
  'kind',
  'level',
  'goal',
  'roles',
  'concept',
  'provenance',
  'references',
  'quoted',
  'dates',
  'src',
  'url',
  'URL',
  'DOI',
  'video',
  'poster',
  'srclang',
  'per',
  'type',
  'issued',
  'accessed',
  'author',
  'translation',
]);

/**
 * The built-in English topics in a pseudo-locale (`en-XA`, `ar-XB`): every prose field of the English text
 * run through `pseudo`, for finding truncation, overflow and words that skip the message tables.
 */
export async function pseudoTopics(locale: string): Promise<Topic[]> {
  // Through the registry, not an import: a bundle that carries English keeps it to itself.
  await loadBuiltInCatalog('en');
  const english = builtInCatalog('en')?.topics ?? [];
  return english.map((topic) => ({ ...pseudoize(topic, (key) => NOT_PROSE.has(key)), locale }));
}
