/** Every language, English first (src/languages.json). */
export const LANGUAGES: readonly string[];
/** The languages translated from English. */
export const TRANSLATIONS: readonly string[];
/** The test pseudo-locales. */
export const PSEUDO_LOCALES: readonly string[];
/** The built-in topics' ids, each a folder of content/. */
export const TOPICS: readonly string[];
/** A language's name in English: `Spanish`. */
export function englishName(code: string): string;
/** A language's name in itself, capitalised for a menu: `Español`. */
export function ownName(code: string): string;
/** The name a topic's text in one language is exported under: `pinchedNerveLowBackEs`. */
export function topicExport(topic: string, code: string): string;
