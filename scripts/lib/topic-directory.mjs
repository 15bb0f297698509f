// The two source files read from the topics' own content, not from a list: which topic each
// exercise, tip and person belongs to (src/content/item-topics.ts), and each topic's names in each
// language (src/content/topic-names.ts). An element that knows only an exercise id fetches that
// one topic, and the topic index lists every topic without fetching any. `npm run generate`
// writes them with the other generated sources (git ignores them).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { LANGUAGES, TOPICS, topicExport } from './languages.mjs';

const GENERATED = 'Written by `npm run generate` from each topic in content/ (git ignores it): edit the topic, not this.';
const [SOURCE] = LANGUAGES;

/** A TypeScript module: imported directly where TypeScript loads already (under tsx, as the Node tests run), else through tsx's API. */
async function importTs(file) {
  const url = pathToFileURL(resolve(file)).href;
  try {
    return await import(url);
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
    return tsImport(url, pathToFileURL(resolve('package.json')).href);
  }
}

/** Each built-in topic in each language, as its content module exports it. */
async function topicTexts() {
  return Promise.all(
    TOPICS.map(async (topic) => {
      const texts = await Promise.all(
        LANGUAGES.map(async (code) => [code, (await importTs(`content/${topic}/${code}.ts`))[topicExport(topic, code)]]),
      );
      return [topic, Object.fromEntries(texts)];
    }),
  );
}

const quoted = (value) => JSON.stringify(value);

/** `[file, text]` pairs of the two generated files. */
export async function directorySources() {
  const texts = await topicTexts();
  const items = texts.flatMap(([topic, byLanguage]) => {
    const { exercises, tips, people } = byLanguage[SOURCE];
    return [
      ...exercises.items.map((e) => [`exercise:${e.id}`, topic]),
      ...tips.map((t) => [`tip:${t.id}`, topic]),
      ...people.map((p) => [`person:${p.id}`, topic]),
    ];
  });
  const twice = items.map(([item]) => item).filter((item, i, all) => all.indexOf(item) !== i);
  if (twice.length > 0) throw new Error(`an id is in two topics, so an element given it cannot tell which to show: ${twice.join(', ')}`);
  const names = texts.map(([topic, byLanguage]) => {
    // A topic that names no condition is listed by its title.
    const namesIn = (code) => byLanguage[code].condition ?? { name: byLanguage[code].title };
    // A language whose text still carries the English words (a scaffolded translation) has no names of its own.
    const own = LANGUAGES.filter((code) => code === SOURCE || namesIn(code).name !== namesIn(SOURCE).name);
    return `  ${quoted(topic)}: {\n${own
      .map((code) => {
        const { name, alternateName } = namesIn(code);
        return `    ${code.includes('-') ? quoted(code) : code}: { name: ${quoted(name)}${alternateName ? `, alternateName: ${quoted(alternateName)}` : ''} },`;
      })
      .join('\n')}\n  },`;
  });
  return [
    [
      'src/content/item-topics.ts',
      `// ${GENERATED}

/**
 * The topic each built-in exercise, tip and person belongs to, keyed \`exercise:<id>\`, \`tip:<id>\`
 * and \`person:<id>\`: an element given only such an id fetches that topic, not every topic.
 */
export const ITEM_TOPICS: Readonly<Record<string, string>> = {
${items.map(([item, topic]) => `  ${quoted(item)}: ${quoted(topic)},`).join('\n')}
};
`,
    ],
    [
      'src/content/topic-names.ts',
      `// ${GENERATED}
import type { Condition } from '../model/index.js';

/**
 * Each built-in topic's names in each language that has its own (\`condition\`): what the topic
 * index lists, without fetching a topic. A language missing here falls back to English.
 */
export const TOPIC_NAMES: Readonly<Record<string, Readonly<Record<string, Condition>>>> = {
${names.join('\n')}
};
`,
    ],
  ];
}
