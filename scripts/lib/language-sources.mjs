// The source files written from the list of languages and topics (src/languages.json), as
// [file, text] pairs: the loaders of each language's words and content, the default catalog, the
// topics' diagnosis codes and one `src/limber-<code>.ts` per translation. `npm run generate` writes them (git ignores them).
import { LANGUAGES, PSEUDO_LOCALES, TOPICS, TRANSLATIONS, englishName, topicExport } from './languages.mjs';

const GENERATED = 'Written by `npm run generate` from src/languages.json (git ignores it): edit that, not this.';
const key = (code) => (/^[a-z]+$/.test(code) ? code : `'${code}'`);
const list = (codes) => codes.map((code) => `'${code}'`).join(', ');

const languagesTs = () => `// ${GENERATED}

/** Limber's languages, English first, the test pseudo-locales and the built-in topics. */
export const LANGUAGES = [${list(LANGUAGES)}] as const;

/** A language Limber ships words and content in. */
export type Language = (typeof LANGUAGES)[number];

/** The test pseudo-locales, made from English: accented and longer, left to right and right to left. */
export const PSEUDO_LOCALES = [${list(PSEUDO_LOCALES)}] as const;

/** The built-in topics' ids, in list order: each a folder of content/. */
export const TOPIC_IDS = [${list(TOPICS)}] as const;
`;

const messageLoadersTs = () => `import type { Messages } from './messages.js';

/**
 * The UI words of each language besides English, fetched the first time an element renders in
 * it (English is built in), and of the test pseudo-locales (English made pseudo, as Android and
 * Chromium name them: \`en-XA\` left to right, \`ar-XB\` right to left).
 *
 * ${GENERATED}
 */
export const MESSAGE_LOADERS: Readonly<Record<string, () => Promise<Messages>>> = {
${TRANSLATIONS.map((code) => `  ${key(code)}: () => import('./${code}.js').then(({ messages }) => messages),`).join('\n')}
${PSEUDO_LOCALES.map((code) => `  ${key(code)}: () => import('./pseudo.js').then(({ pseudoMessages }) => pseudoMessages),`).join('\n')}
};
`;

const guidedLoadersTs = () => `// ${GENERATED}
import { en, type GuidedWords } from './en.js';

/** English words made pseudo, for the test pseudo-locales (as the UI words are). */
const pseudo = (): Promise<GuidedWords> => import('../pseudo.js').then(({ pseudoize }) => pseudoize(en));

/** The guided mode's words of each language besides English, fetched on first need. */
export const GUIDED_LOADERS: Readonly<Record<string, () => Promise<GuidedWords>>> = {
${TRANSLATIONS.map((code) => `  ${key(code)}: () => import('./${code}.js').then(({ words }) => words),`).join('\n')}
${PSEUDO_LOCALES.map((code) => `  ${key(code)}: pseudo,`).join('\n')}
};
`;

/** One topic in one language, fetched: `() => import(…).then(({ x }) => x)`. */
const topicLoader = (topic, code) =>
  `() => import('../../content/${topic}/${code}.js').then(({ ${topicExport(topic, code)} }) => ${topicExport(topic, code)})`;

const topicLoadersTs = () => `// ${GENERATED}
import type { Topic } from '../model/index.js';

/**
 * Each built-in topic in each language, its own module fetched the first time an element needs
 * that topic in that language: a page pays for the topics it shows, not for every topic Limber has.
 */
export const TOPIC_LOADERS: Readonly<Record<string, Readonly<Record<string, () => Promise<Topic>>>>> = {
${LANGUAGES.map((code) => `  ${key(code)}: {\n${TOPICS.map((topic) => `    '${topic}': ${topicLoader(topic, code)},`).join('\n')}\n  },`).join('\n')}
};
`;

const defaultCatalogTs = () => `// ${GENERATED}
${TOPICS.map((topic) => `import { ${topicExport(topic, 'en')} } from '../../content/${topic}/en.js';`).join('\n')}
import type { Catalog } from './catalog.js';

/** The content that ships with Limber, used when no provider supplies a catalog. */
export const defaultCatalog: Catalog = { topics: [${TOPICS.map((topic) => topicExport(topic, 'en')).join(', ')}] };
`;

const topicCodesTs = () => `// ${GENERATED}
${TOPICS.map((topic) => `import { codes as ${topicExport(topic, 'codes')} } from '../../content/${topic}/codes.js';`).join('\n')}
import type { CodedTopic } from './codes.js';

/** Each built-in topic and the diagnosis codes it answers (content/<topic>/codes.ts), in list order. */
export const CODED_TOPICS: readonly CodedTopic[] = [
${TOPICS.map((topic) => `  { id: '${topic}', codes: ${topicExport(topic, 'codes')} },`).join('\n')}
];
`;

const siblingTs = (code) => {
  const name = englishName(code);
  const topics = TOPICS.map((topic) => topicExport(topic, code));
  return `/**
 * \`limber-${code}.js\`: the ${name} UI words and built-in content for \`limber.js\`, registered with it.
 * \`limber.js\` imports this file by itself (a URL relative to itself, so it works from any CDN
 * path) the first time an element renders in ${name}: one script tag is enough. A ${name} CMS
 * page that also lists it, render-blocking, right after \`limber.js\` is in ${name} from its first
 * paint, with nothing rendering empty and then filling in:
 *
 * \`\`\`html
 * <script type="module" src="…/limber.js" blocking="render"></script>
 * <script type="module" src="…/limber-${code}.js" blocking="render"></script>
 * \`\`\`
 *
 * ${GENERATED}
 */
import { provideBuiltInTopics, provideMessages } from './limber.js';
import { messages } from './i18n/${code}.js';
${TOPICS.map((topic) => `import { ${topicExport(topic, code)} } from '../content/${topic}/${code}.js';`).join('\n')}

provideMessages('${code}', messages);
provideBuiltInTopics('${code}', [${topics.join(', ')}]);

export { messages, ${topics.join(', ')} };
`;
};

/** Every file the list writes, as [path, text]. */
export const languageSources = () => [
  ['src/locale/languages.ts', languagesTs()],
  ['src/i18n/locales.ts', messageLoadersTs()],
  ['src/i18n/guided/locales.ts', guidedLoadersTs()],
  ['src/content/topic-loaders.ts', topicLoadersTs()],
  ['src/content/default-catalog.ts', defaultCatalogTs()],
  ['src/content/topic-codes.ts', topicCodesTs()],
  ...TRANSLATIONS.map((code) => [`src/limber-${code}.ts`, siblingTs(code)]),
];
