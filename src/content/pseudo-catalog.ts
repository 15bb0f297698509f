import { pseudoize } from '../i18n/pseudo.js';
import type { Topic } from './model.js';
import { NOT_PROSE } from './model/prose.js';
import { builtInCatalog, loadBuiltInCatalog } from './built-in.js';

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
