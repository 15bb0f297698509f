import { PerLocale } from '../../locale/per-locale.js';
import { en, type GuidedWords } from './en.js';

/** English words made pseudo, for the test pseudo-locales (as the UI words are). */
const pseudo = (): Promise<GuidedWords> => import('../pseudo.js').then(({ pseudoize }) => pseudoize(en));

/**
 * The guided mode's words by locale, held as the UI words are (`../registry.ts`): English built
 * in, each other language fetched on first need (from the guided chunk, which carries them all),
 * falling back through the locale's chain (`es-MX` → `es`) to English.
 */
const tables = new PerLocale<GuidedWords>(
  { es: () => import('./es.js').then(({ words }) => words), 'en-XA': pseudo, 'ar-XB': pseudo },
  { en },
);

/** The guided mode's words for `locale`; English while its table is on its way (see `loadGuidedWords`). */
export function guidedWordsFor(locale: string): GuidedWords {
  return tables.get(tables.closest(locale)) ?? en;
}

/** Fetches the table `guidedWordsFor(locale)` needs (once per page); resolves when it is there. */
export function loadGuidedWords(locale: string): Promise<void> {
  return tables.load(tables.closest(locale));
}
