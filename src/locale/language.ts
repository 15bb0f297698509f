/** What a locale tag says about its language: its primary subtag, direction, and whether it is a pseudo-locale. */
import { LANGUAGES } from './languages.js';

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

/**
 * The name of `code` in `inLocale` ("Spanish" in `en`, "inglés" in `es`) for a language Limber
 * ships, so a new language needs no names added to the other tables; the code itself for any
 * other, or in a browser without `Intl.DisplayNames`.
 */
export function languageName(code: string, inLocale: string): string {
  const shipped = (LANGUAGES as readonly string[]).includes(code) && typeof Intl.DisplayNames === 'function';
  return (shipped && new Intl.DisplayNames([inLocale], { type: 'language' }).of(code)) || code;
}
