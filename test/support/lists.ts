/**
 * The lists the tests read instead of spelling a language or a topic: they come from
 * src/languages.json through the generated src/locale/languages.ts, so a new language or topic is
 * tested without editing a test (test/node/test-lists.test.ts holds that no test names one).
 * Loads no content: the topics themselves are in ./topics.ts.
 *
 * The element tests render `TOPIC`, the first listed topic, and switch to `TRANSLATION`, the
 * first translation; suites that must hold for every one iterate `LANGUAGES` or `TOPIC_IDS`.
 */
import { LANGUAGES, TOPIC_IDS, type Language } from '../../src/locale/languages.js';

export { LANGUAGES, TOPIC_IDS, type Language };

/** The language the topics are written in (listed first). */
export const SOURCE: Language = LANGUAGES[0];
/** Every translated language, in list order. */
export const TRANSLATIONS: readonly Language[] = LANGUAGES.slice(1);
/** The translation the element tests switch to: the first listed. */
export const TRANSLATION: Language = TRANSLATIONS[0] ?? SOURCE;
/** The topic the element tests render: the first listed. */
export const TOPIC: string = TOPIC_IDS[0];

/** A language Limber does not list, for the tests of what happens without its words or content. */
export const UNLISTED: string = ['de', 'fr', 'it', 'nl', 'pl', 'sv'].find((code) => !(LANGUAGES as readonly string[]).includes(code))!;
