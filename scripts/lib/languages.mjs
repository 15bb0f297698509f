// The languages and topics (src/languages.json) as the build scripts read them.
import { readFileSync } from 'node:fs';

const list = JSON.parse(readFileSync(new URL('../../src/languages.json', import.meta.url), 'utf8'));

/** Every language, English first. */
export const LANGUAGES = list.languages;
/** The languages translated from English: each has its own words, content and `limber-<code>.js`. */
export const TRANSLATIONS = LANGUAGES.slice(1);
/** The test pseudo-locales. */
export const PSEUDO_LOCALES = list.pseudo;
/** The built-in topics' ids, each a folder of content/. */
export const TOPICS = list.topics;

const camel = (words) => words.replace(/-([a-z0-9])/gi, (_, c) => c.toUpperCase());
const capital = (word) => word.charAt(0).toUpperCase() + word.slice(1);

/** A language's name in English: `Spanish`. */
export const englishName = (code) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

/** A language's name in itself, capitalised for a menu: `Español`. */
export const ownName = (code) => {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
};

/** The name a topic's text in one language is exported under: `pinchedNerveLowBackEs`. */
export const topicExport = (topic, code) => `${camel(topic)}${capital(camel(code.toLowerCase()))}`;
