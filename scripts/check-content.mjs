// npm run check:content: the content rules (scripts/check-content/rules.ts) over every topic and
// locale in content/<topic>/<locale>.ts, each against the topic's SOURCES.md; each translation
// against its source text, and each UI message table against English (translation.ts); and each
// built-in topic's nextReview more than 30 days away (checkReviewDates). Prints each problem
// and exits 1 if there is any.
import { createReport } from './lib/report.mjs';
import { loadTs } from './lib/content-modules.mjs';
import { TRANSLATIONS } from './lib/languages.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const {
  checkTopic,
  checkReviewDates,
  staleSignOffs,
  readabilityOf,
  todayIn,
  checkTranslation,
  checkMessages,
  en,
  MESSAGE_LOADERS,
  guidedEn,
  GUIDED_LOADERS,
  topics: loaded,
} = await loadTs('check-content', [
  `export { checkTopic, checkReviewDates } from './scripts/check-content/rules.ts';`,
  `export { staleSignOffs } from './scripts/check-content/sign-offs.ts';`,
  `export { readabilityOf } from './scripts/check-content/readability.ts';`,
  `export { todayIn } from './src/content/review.ts';`,
  `export { checkTranslation, checkMessages } from './scripts/check-content/translation.ts';`,
  `export { en } from './src/i18n/messages.ts';`,
  `export { MESSAGE_LOADERS } from './src/i18n/locales.ts';`,
  `export { en as guidedEn } from './src/i18n/guided/en.ts';`,
  `export { GUIDED_LOADERS } from './src/i18n/guided/locales.ts';`,
]);

// `--today=YYYY-MM-DD` runs the review-date rule as of another day (its tests use it);
// `--readability` lists every passage with its score, least plain first.
const today = process.argv.find((a) => a.startsWith('--today='))?.slice('--today='.length) ?? todayIn(new Date());
const { report, finish } = createReport('check:content');
if (loaded.length === 0) report(false, 'a topic under content/', 'none found');
for (const { dir, file, topic } of loaded) {
  const sourcesPath = join('content', dir, 'SOURCES.md');
  const sourcesMd = existsSync(sourcesPath) ? readFileSync(sourcesPath, 'utf8') : '';
  const problems = [...checkTopic(topic, sourcesMd), ...checkReviewDates(topic, today)];
  // A translation's source text: compared with it, and its sign-offs checked against it.
  const original = topic.translation && loaded.find((other) => other.dir === dir && other.topic.locale === topic.translation.from);
  if (topic.translation) {
    if (original) problems.push(...checkTranslation(original.topic, topic));
    else problems.push({ rule: 'translation-structure', message: `no ${topic.translation.from} text in content/${dir} to compare with` });
  }
  if (!existsSync(sourcesPath)) problems.unshift({ rule: 'sources-entry', message: `${sourcesPath} is missing` });
  for (const p of problems) report(false, `content/${dir}/${file}: [${p.rule}]`, p.message);
  if (problems.length === 0) report(true, `content/${dir}/${file}: every rule holds`);
  // Stale sign-offs are said, not failed: those items show as not clinically reviewed.
  for (const p of staleSignOffs(topic, original?.topic)) console.warn(`  warning content/${dir}/${file}: [${p.rule}] ${p.message}`);
  const readability = readabilityOf(topic);
  if (readability) {
    const judged = readability.passages.filter((p) => !p.notJudged).length;
    console.log(
      `  readability content/${dir}/${file} (${readability.formula}): median ${readability.median}, least plain ${readability.worst?.score} (${readability.worst?.path}); ${judged} passages judged, ${readability.passages.length - judged} reported only`,
    );
    if (process.argv.includes('--readability')) {
      for (const p of readability.passages) {
        console.log(`    ${String(p.score).padStart(6)}  ${p.notJudged ? `(${p.notJudged}) ` : ''}${p.path}: ${p.text.slice(0, 100)}`);
      }
    }
  }
}
// Every translation's UI words and the guided mode's own words (its chunk carries them), each
// table held to the English one (pseudo-locales are made from English, so only the real ones).
for (const locale of TRANSLATIONS) {
  for (const [file, english, load] of [
    [`src/i18n/${locale}.ts`, en, MESSAGE_LOADERS[locale]],
    [`src/i18n/guided/${locale}.ts`, guidedEn, GUIDED_LOADERS[locale]],
  ]) {
    const problems = load ? checkMessages(locale, english, await load()) : [{ rule: 'messages-complete', message: 'no loader' }];
    for (const p of problems) report(false, `${file}: [${p.rule}]`, p.message);
    if (problems.length === 0) report(true, `${file}: every word is there and translated`);
  }
}
finish();
