import { en, type Messages } from './messages.js';

/**
 * Pseudo-localisation for testing: English with every letter accented and every vowel doubled
 * (about 40 % longer, like German or Spanish text), between ⟦ ⟧ so a cut-off end shows. A word
 * that stays plain in a pseudo render was hard-coded, not looked up.
 */
const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i] ?? letter,
  ]),
);

/** Markup the pseudo text must keep: citation markers, link targets and `{placeholders}`. */
const KEEP = /(\[\^[^\]]*\]|\]\([^)]*\)|\{[a-z-]+\})/;

/** One string in pseudo-English. */
export function pseudo(text: string): string {
  const body = text
    .split(KEEP)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (c) => (/[aeiou]/i.test(c) ? ACCENTED[c]!.repeat(2) : ACCENTED[c]!))))
    .join('');
  return `⟦${body}⟧`;
}

/** Applies `pseudo` to every string in a value (functions' results too), keeping its shape. */
export function pseudoize<T>(value: T, skip: (key: string) => boolean = () => false): T {
  if (typeof value === 'string') return pseudo(value) as T;
  if (typeof value === 'function') {
    return ((...args: unknown[]) => pseudoize((value as (...a: unknown[]) => unknown)(...args))) as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => pseudoize(item, skip)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]: [string, unknown]) => [key, skip(key) ? item : pseudoize(item, skip)]),
    ) as T;
  }
  return value;
}

/** The UI words in pseudo-English, for `en-XA` (left to right) and `ar-XB` (right to left). */
export const pseudoMessages: Messages = pseudoize(en);
