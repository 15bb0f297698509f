// Scaffolds a topic: `npm run new:topic -- <id>` (e.g. `knee-osteoarthritis`) writes
//   content/<id>/en.ts          the topic in English: a title and summary to replace, every section empty
//   content/<id>/<code>.ts      the same in each translation, English until translated, marked as a
//                               translation from English with no clinical review
//   content/<id>/changes.ts     what changed for readers, version by version (one entry: the first)
//   content/<id>/sign-offs.ts   clinical sign-offs, per language (none)
//   content/<id>/references.ts  its references, and for reviewers each source's terms (none yet)
//   content/<id>/codes.ts       the diagnosis codes it answers (ICD-10-CM, SNOMED CT; none yet)
//   content/<id>/SOURCES.md     where each added fact comes from, and what its publisher allows
// and adds the id to src/languages.json's `topics`; `npm run generate` then writes every loader
// that names it (git ignores them). Nothing else names a topic. Then write it: every fact from a
// source its publisher's terms allow, cited and logged in SOURCES.md, and `npm run check -- content`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { englishName, topicExport } from './lib/languages.mjs';

const id = process.argv[2];
if (!id || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) {
  console.error('usage: npm run new:topic -- <id>   (lower-case words joined by "-", e.g. knee-osteoarthritis)');
  process.exit(1);
}
const listFile = 'src/languages.json';
const list = JSON.parse(readFileSync(listFile, 'utf8'));
const folder = `content/${id}`;
if (list.topics.includes(id) || existsSync(folder)) {
  console.error(`${id} is already a topic`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
// The first review is due six months on, as for every topic.
const next = new Date();
next.setUTCMonth(next.getUTCMonth() + 6);
const nextReview = next.toISOString().slice(0, 10);
const title = id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const [english, ...translations] = list.languages;

const translationText = (code) => `import type { Topic } from '../../src/model/index.js';
import { reviewRecord } from '../reviewers.js';
import { ${topicExport(id, english)} } from './${english}.js';
import { signOffs } from './sign-offs.js';

/**
 * \`${english}.ts\` in ${englishName(code)}: scaffolded by \`npm run new:topic\`, every word English until
 * translated (\`npm run check -- content\` lists them). Not reviewed by a clinician; readers are told so.
 */
export const ${topicExport(id, code)} = {
  ...${topicExport(id, english)},
  locale: '${code}',
  translation: { from: '${english}', by: 'Limber contributors', date: '${today}', clinicallyReviewed: false },
  review: reviewRecord(signOffs['${code}'] ?? []),
} as const satisfies Topic;

export default ${topicExport(id, code)};
`;

const files = {
  [`${folder}/${english}.ts`]: `import type { Topic } from '../../src/model/index.js';
import { reviewRecord } from '../reviewers.js';
import { changes } from './changes.js';
import { references } from './references.js';
import { signOffs } from './sign-offs.js';

/**
 * "${title}", English. Scaffolded by \`npm run new:topic\` on ${today}: every section is empty.
 * Write each in Limber's own words from sources whose terms allow it, cite every fact and log it
 * in SOURCES.md; \`npm run check -- content\` holds the rules. No clinician has reviewed it.
 */
export const ${topicExport(id, english)} = {
  id: '${id}',
  locale: '${english}',
  title: '${title}',
  summary: 'What ${title.toLowerCase()} is and what helps.',
  intro: [],
  introQuotes: [],
  dates: { published: '${today}', updated: changes[0].date, lastReviewed: '${today}', reviewScope: 'sources-checked', nextReview: '${nextReview}' },
  people: [],
  causes: { heading: 'Causes', intro: '', reassurance: '', causes: [] },
  exercises: { heading: 'Exercises', intro: '', quotes: [], safety: [], items: [] },
  treatments: { heading: 'Treatments', intro: '', items: [] },
  tips: [],
  careAdvice: [],
  disclaimers: [],
  references,
  review: reviewRecord(signOffs['${english}'] ?? []),
} as const satisfies Topic;

export default ${topicExport(id, english)};
`,
  ...Object.fromEntries(translations.map((code) => [`${folder}/${code}.ts`, translationText(code)])),
  [`${folder}/changes.ts`]: `/**
 * What changed for readers in each version of this topic's content package, newest first, in each
 * language it is published in (see content/pinched-nerve-low-back/changes.ts for the rules).
 */
export const changes = [
  {
    version: '0.1.0',
    date: '${today}',
    summary: { ${list.languages.map((code) => `${JSON.stringify(code)}: 'First draft.'`).join(', ')} },
  },
] as const satisfies readonly { version: string; date: string; summary: Readonly<Record<string, string>> }[];

export default changes;
`,
  [`${folder}/sign-offs.ts`]: `import type { SignOff } from '../../src/model/index.js';

/** Clinical and translation sign-offs of this topic, per language. None yet: no clinician has reviewed it. */
export const signOffs: Readonly<Record<string, readonly SignOff[]>> = { ${list.languages.map((code) => `${JSON.stringify(code)}: []`).join(', ')} };
`,
  [`${folder}/references.ts`]: `import type { Reference, TopicRecords } from '../../src/model/index.js';

/** The references of "${title}", cited from its text as \`[^id]\`: none yet. */
export const references: readonly Reference[] = [];

/**
 * For reviewers, never shipped: what each source's publisher allows and how Limber uses it
 * (\`terms\`). The content check fails when a reference has no terms here.
 */
export const records: TopicRecords = {
  source: {
    terms: { licence: 'copyright', detail: 'No source article: Limber writes this topic in its own words from the sources it cites.', use: ['facts-restated'] },
  },
  references: {},
};
`,
  [`${folder}/codes.ts`]: `import type { TopicCode } from '../../src/model/index.js';

/**
 * The diagnosis codes "${title}" answers, each with its publisher's title, whether it covers the
 * codes below it, who mapped it and when, and the page it was read on: none yet, so no
 * \`code="…"\` finds it.
 */
export const codes: readonly TopicCode[] = [];
`,
  [`${folder}/SOURCES.md`]: `# ${title}: sources

Each fact Limber adds, the public page it rests on (read on the publisher's own site), the date
it was read and what the publisher's terms allow. None yet.
`,
};

mkdirSync(folder, { recursive: true });
for (const [file, text] of Object.entries(files)) {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
list.topics.push(id);
writeFileSync(listFile, `${JSON.stringify(list, null, 2)}\n`);
console.log(`added ${id} to ${listFile}`);

execFileSync(process.execPath, ['scripts/generate.mjs'], { stdio: 'inherit' });
execFileSync('npx', ['prettier', '--write', folder, listFile], { stdio: 'ignore' });
console.log(`\n${id} scaffolded in ${folder}. Write it from its sources, then \`npm run check -- content\` and \`npm test\`.`);
