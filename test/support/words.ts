/**
 * Each listed language's UI words and guided words, from its message tables (English is built
 * in; the others are loaded here): the words the tests expect, never spelled in a test.
 */
import { en, type Messages } from '../../src/i18n/messages.js';
import { MESSAGE_LOADERS } from '../../src/i18n/locales.js';
import { en as guidedEn, type GuidedWords } from '../../src/i18n/guided/en.js';
import { GUIDED_LOADERS } from '../../src/i18n/guided/locales.js';
import { LANGUAGES, SOURCE, type Language } from './lists.js';

/** Each language's UI words and guided words, from its message tables (English is built in). */
const tables = await Promise.all(
  LANGUAGES.map(async (lang) =>
    lang === SOURCE
      ? { lang, words: en, guided: guidedEn }
      : { lang, words: await MESSAGE_LOADERS[lang]!(), guided: await GUIDED_LOADERS[lang]!() },
  ),
);
export const WORDS = Object.fromEntries(tables.map(({ lang, words }) => [lang, words])) as Readonly<Record<Language, Messages>>;
export const GUIDED = Object.fromEntries(tables.map(({ lang, guided }) => [lang, guided])) as Readonly<Record<Language, GuidedWords>>;
