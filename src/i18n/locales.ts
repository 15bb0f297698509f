import type { Messages } from './messages.js';

/**
 * The UI languages besides English, each fetched the first time an element renders in it (English
 * is built in). A new language is one line here, a message table beside it (typed by `Messages`,
 * so a missing word is a compile error) and its content in `content/` (see CONTRIBUTING.md).
 *
 * `en-XA` and `ar-XB` are pseudo-locales for testing, as Android and Chromium name them: English
 * accented and about 40 % longer, left to right and right to left.
 */
export const MESSAGE_LOADERS: Readonly<Record<string, () => Promise<Messages>>> = {
  es: () => import('./es.js').then(({ messages }) => messages),
  'en-XA': () => import('./pseudo.js').then(({ pseudoMessages }) => pseudoMessages),
  'ar-XB': () => import('./pseudo.js').then(({ pseudoMessages }) => pseudoMessages),
};

/** Languages written right to left (the primary subtag), for `dir` on each element's content. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'yi', 'ps', 'ckb', 'dv', 'sd', 'ug']);

/** `rtl` for a right-to-left locale (`ar-XB`, `he`), else `ltr`. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(primaryLanguage(locale)) ? 'rtl' : 'ltr';
}

/** `es` for `es-MX`, lower-cased. */
export function primaryLanguage(locale: string): string {
  return (locale.split('-')[0] ?? '').toLowerCase();
}

/** Whether two locales share a language (`es` and `es-MX` do; `en-XA` counts as its own). */
export function sameLanguage(a: string, b: string): boolean {
  return a === b || (primaryLanguage(a) === primaryLanguage(b) && !isPseudo(a) && !isPseudo(b));
}

/** The pseudo-locales. */
export function isPseudo(locale: string): boolean {
  return /-x[ab]$/i.test(locale);
}
