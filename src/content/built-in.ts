import { localeChain } from '../locale/chain.js';
import { PerLocale } from '../locale/per-locale.js';
import type { Catalog } from './catalog.js';
import type { Topic } from '../model/index.js';
import { PSEUDO_LOCALES } from '../locale/languages.js';
import { TRANSLATED_TOPICS } from './translated-topics.js';

/**
 * The built-in content, one module per locale, each fetched only when an element first looks
 * something up in that locale. A portal that sets `data` or hands the provider its own catalog
 * never downloads any of it. `limber.js` carries English and registers it up front
 * (`provideBuiltInTopics`), so English CMS pages render in one pass; a Spanish page fetches the
 * Spanish topic, a sibling file of the script, on first need.
 */
const builtIn = new PerLocale<readonly Topic[]>({
  en: () => import('./default-catalog.js').then(({ defaultCatalog }) => defaultCatalog.topics),
  ...TRANSLATED_TOPICS,
  ...Object.fromEntries(PSEUDO_LOCALES.map((tag) => [tag, () => pseudoCatalog(tag)])),
});

/**
 * The English topics in a pseudo-locale. English comes through the registry, not an import: a
 * bundle that carries English keeps it to itself.
 */
async function pseudoCatalog(locale: string): Promise<readonly Topic[]> {
  const [{ pseudoTopics }] = await Promise.all([import('./pseudo-catalog.js'), loadBuiltInCatalog('en')]);
  return pseudoTopics(builtInCatalog('en')?.topics ?? [], locale);
}

/** The locales of `locale`'s chain that have built-in content (`es-MX` → `es`, `en`). */
function builtInLocales(locale: string): string[] {
  return localeChain(locale).filter((tag) => builtIn.knows(tag));
}

/**
 * The built-in catalog for a locale: its topics and those of each fallback locale down to English,
 * or undefined while one of them is still being fetched.
 */
export function builtInCatalog(locale = 'en'): Catalog | undefined {
  const topics: Topic[] = [];
  for (const tag of builtInLocales(locale)) {
    const found = builtIn.get(tag);
    if (!found) return undefined;
    topics.push(...found);
  }
  return { topics };
}

/** Fetches what `builtInCatalog(locale)` needs (each locale once per page); resolves when it is there. */
export function loadBuiltInCatalog(locale = 'en'): Promise<void> {
  return Promise.all(builtInLocales(locale).map((tag) => builtIn.load(tag))).then(() => undefined);
}

/** Registers built-in topics of one locale synchronously, for bundles that include them anyway. */
export function provideBuiltInTopics(locale: string, topics: readonly Topic[]): void {
  builtIn.provide(locale, topics);
}
