/** Locale plumbing shared by the content look-ups and the UI words: each idea written once. */

/** Turns `en-GB` into the list `['en-GB', 'en']` of locales to try, most specific first, English last. */
export function localeChain(locale: string): string[] {
  const chain: string[] = [];
  const parts = locale.split('-');
  for (let n = parts.length; n > 0; n -= 1) chain.push(parts.slice(0, n).join('-'));
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

/** English month names, for dates in English UI words and APA references. */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
