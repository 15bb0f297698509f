import { PerLocale } from '../../locale/per-locale.js';
import { en, type GuidedWords } from './en.js';
import { GUIDED_LOADERS } from './locales.js';

/**
 * The guided mode's words by locale, held as the UI words are (`../registry.ts`): English built
 * in, each other language fetched on first need (from the guided chunk, which carries them all),
 * falling back through the locale's chain (`es-MX` → `es`) to English.
 */
const tables = new PerLocale<GuidedWords>(GUIDED_LOADERS, { en });

/** The guided mode's words for `locale`; English while its table is on its way (see `loadGuidedWords`). */
export function guidedWordsFor(locale: string): GuidedWords {
  return tables.get(tables.closest(locale)) ?? en;
}

/** Fetches the table `guidedWordsFor(locale)` needs (once per page); resolves when it is there. */
export function loadGuidedWords(locale: string): Promise<void> {
  return tables.load(tables.closest(locale));
}
