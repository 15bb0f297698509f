// Scaffolds a language: `npm run new:locale -- <code>` (e.g. `fr`, `pt-BR`) writes
//   src/i18n/<code>.ts                the UI words, English until translated
//   src/i18n/guided/<code>.ts         the guided mode's words, English until translated
//   content/<topic>/<code>.ts         each built-in topic, English until translated, marked as a
//                                     translation from English with no clinical review
// adds the code to src/languages.json, then runs `npm run generate`, which writes every loader and
// entry that names it (git ignores them; package.json's wildcard exports and the size budgets'
// kinds already cover it). Then
// translate: `npm run check -- content` lists every word still in English and every quote without
// its `original`, and the build asks for each change's summary in the language
// (content/<topic>/changes.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { englishName, topicExport } from './lib/languages.mjs';

const code = process.argv[2];
if (!code || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code) || /-x[ab]$/i.test(code)) {
  console.error('usage: npm run new:locale -- <code>   (a BCP 47 language tag, e.g. fr or pt-BR)');
  process.exit(1);
}
const listFile = 'src/languages.json';
const list = JSON.parse(readFileSync(listFile, 'utf8'));
if (list.languages.includes(code)) {
  console.error(`${code} is already one of Limber's languages`);
  process.exit(1);
}
const name = englishName(code);
const today = new Date().toISOString().slice(0, 10);

const files = {
  [`src/i18n/${code}.ts`]: `import { en, type Messages } from './messages.js';

/**
 * The UI words in ${name}. Scaffolded by \`npm run new:locale\`: every word is the English one until
 * translated, and \`npm run check -- content\` lists those still to do.
 */
export const messages: Messages = { ...en };
`,
  [`src/i18n/guided/${code}.ts`]: `import { en, type GuidedWords } from './en.js';

/** The guided mode's words in ${name}: English until translated (\`npm run check -- content\` lists them). */
export const words: GuidedWords = { ...en };
`,
  ...Object.fromEntries(
    list.topics.map((topic) => [
      `content/${topic}/${code}.ts`,
      `import type { Topic } from '../../src/model/index.js';
import { reviewRecord } from '../reviewers.js';
import { ${topicExport(topic, 'en')} } from './en.js';
import { signOffs } from './sign-offs.js';

/**
 * \`en.ts\` in ${name}: scaffolded by \`npm run new:locale\`, every word English until translated
 * (\`npm run check -- content\` lists them, and each quote's English \`original\` it needs). Not reviewed
 * by a clinician; readers are told so.
 */
export const ${topicExport(topic, code)} = {
  ...${topicExport(topic, 'en')},
  locale: '${code}',
  translation: { from: 'en', by: 'Limber contributors', date: '${today}', clinicallyReviewed: false },
  // Its own sign-offs (none yet), never the English text's.
  review: reviewRecord(signOffs['${code}'] ?? []),
} as const satisfies Topic;

export default ${topicExport(topic, code)};
`,
    ]),
  ),
};
for (const file of Object.keys(files)) {
  if (existsSync(file)) {
    console.error(`${file} already exists`);
    process.exit(1);
  }
}
for (const [file, text] of Object.entries(files)) {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}

list.languages.push(code);
writeFileSync(listFile, `${JSON.stringify(list, null, 2)}\n`);
console.log(`added ${code} to ${listFile}`);

execFileSync(process.execPath, ['scripts/generate.mjs'], { stdio: 'inherit' });
execFileSync('npx', ['prettier', '--write', ...Object.keys(files), listFile], { stdio: 'ignore' });
console.log(
  `\n${name} (${code}) scaffolded. Translate the files above, add a ${code} summary to each change in content/<topic>/changes.ts, then \`npm test\`.`,
);
