// The content check (`npm run check -- content`, part of `npm test`): every built-in topic text of
// src/languages.json held to each content rule (scripts/content-rules/) against its topic's SOURCES.md;
// each translation to its source text; each language's UI and guided words to English; and each
// topic's next review more than 30 days away. One test per file and rule, so a failure names both,
// and its message lists each problem.
//
//   LIMBER_TODAY=YYYY-MM-DD   runs the review-date rule as of another day
//   LIMBER_READABILITY=all    prints every passage with its score, least plain first
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Topic, TopicRecords } from '../../src/model/index.js';
import { DEFAULT_CONTEXT, checkReviewDates, rules } from '../../scripts/content-rules/rules.js';
import { staleSignOffs } from '../../scripts/content-rules/sign-offs.js';
import { readabilityLanguage, readabilityOf, uiPassagesOf, uiReadabilityProblems } from '../../scripts/content-rules/readability.js';
import { checkMessages, checkTranslation } from '../../scripts/content-rules/translation.js';
import { guidedInstructionProblems } from '../../scripts/content-rules/checklist.js';
import { loadMessages } from '../../src/i18n/registry.js';
import type { RuleProblem } from '../../scripts/content-rules/problem.js';
import { todayIn } from '../../src/content/review.js';
import { en } from '../../src/i18n/messages.js';
import { MESSAGE_LOADERS } from '../../src/i18n/locales.js';
import { en as guidedEn } from '../../src/i18n/guided/en.js';
import { GUIDED_LOADERS } from '../../src/i18n/guided/locales.js';

const { languages, topics } = JSON.parse(readFileSync('src/languages.json', 'utf8')) as { languages: string[]; topics: string[] };
const today = process.env['LIMBER_TODAY'] ?? todayIn(new Date());

/** Fails with each problem on a line of its own: `[rule] message`. */
function none(problems: readonly RuleProblem[]): void {
  if (problems.length > 0) assert.fail(problems.map((p) => `[${p.rule}] ${p.message}`).join('\n'));
}

/** Each topic text of the list, loaded; a file that is missing fails its own test. */
const texts = topics.flatMap((dir) => languages.map((code) => ({ dir, file: `content/${dir}/${code}.ts`, code })));
const loaded = new Map<string, Topic>();
/** Each topic's records for reviewers (each source's terms), from its references module. */
const records = new Map<string, TopicRecords>();

/** The readability figures a test title carries: formula, median, least plain passage; every passage with LIMBER_READABILITY=all. */
function readabilityFigures(topic: Topic): string {
  const report = readabilityOf(topic);
  if (!report) return '';
  if (process.env['LIMBER_READABILITY'] === 'all')
    for (const p of report.passages)
      console.log(`    ${String(p.score).padStart(6)}  ${p.notJudged ? `(${p.notJudged}) ` : ''}${p.path}: ${p.text.slice(0, 100)}`);
  const judged = report.passages.filter((p) => !p.notJudged).length;
  return ` (${report.formula}: median ${report.median}, least plain ${report.worst?.score} at ${report.worst?.path}; ${judged} passages judged, ${report.passages.length - judged} reported only)`;
}

describe('content: every built-in topic text holds to the content rules', () => {
  before(async () => {
    // The rules read each language's UI words (the one-instruction rule's "When to get help").
    for (const code of languages) await loadMessages(code);
    for (const dir of topics) {
      const file = `content/${dir}/references.ts`;
      if (existsSync(file)) records.set(dir, ((await import(`../../${file}`)) as { records: TopicRecords }).records);
    }
    for (const { file } of texts) {
      if (!existsSync(file)) continue;
      const module = (await import(`../../${file}`)) as { default: Topic };
      loaded.set(file, module.default);
    }
    // A stale sign-off is said, not failed: the item shows readers as not clinically reviewed.
    for (const [file, topic] of loaded) {
      const source = topic.translation && loaded.get(file.replace(/[^/]+\.ts$/, `${topic.translation.from}.ts`));
      for (const p of staleSignOffs(topic, source)) console.warn(`    warning ${file}: [${p.rule}] ${p.message}`);
    }
  });

  for (const { dir, file, code } of texts) {
    describe(file, () => {
      const sourcesPath = `content/${dir}/SOURCES.md`;
      const topic = (): Topic => {
        const found = loaded.get(file);
        assert.ok(found, `${file} is missing (src/languages.json lists ${dir} in ${code})`);
        return found;
      };
      const sourcesMd = (): string => (existsSync(sourcesPath) ? readFileSync(sourcesPath, 'utf8') : '');

      it(`has its sources in ${sourcesPath}`, () => assert.ok(existsSync(sourcesPath), `${sourcesPath} is missing`));

      for (const [name, rule] of Object.entries(rules))
        it(`rule ${name}`, function () {
          if (name === 'readability') this.test!.title += readabilityFigures(topic());
          none(rule(topic(), sourcesMd(), { ...DEFAULT_CONTEXT, ...(records.has(dir) ? { records: records.get(dir) } : {}) }));
        });

      it(`review-due: the next review is more than 30 days after ${today}`, () => none(checkReviewDates(topic(), today)));

      if (code !== languages[0]) {
        it(`says the same as its source text (${languages[0]})`, () => {
          const translation = topic();
          const source = loaded.get(`content/${dir}/${translation.translation?.from ?? '?'}.ts`);
          assert.ok(source, `no ${translation.translation?.from ?? 'source'} text in content/${dir} to compare with`);
          none(checkTranslation(source, translation));
        });
      }
    });
  }

  // Every language's UI and guided words: plain (the same limits as the content), and the guided
  // mode says no stop rule of its own (it shows each card's stop-if list).
  for (const code of languages)
    for (const [file, load] of [
      [`src/i18n/${code === languages[0] ? 'messages' : code}.ts`, async () => (code === languages[0] ? en : MESSAGE_LOADERS[code]?.())],
      [`src/i18n/guided/${code}.ts`, async () => (code === languages[0] ? guidedEn : GUIDED_LOADERS[code]?.())],
    ] as const) {
      it(`${file}: plain words (readability of the UI words)`, async () => {
        const language = readabilityLanguage(code);
        const table = (await load()) as object | undefined;
        assert.ok(table && language, `${file}: no words or no readability formula for ${code}`);
        if (process.env['LIMBER_READABILITY'] === 'all')
          for (const p of uiPassagesOf(table, language))
            console.log(`    ${String(p.score).padStart(6)}  ${p.notJudged ? `(${p.notJudged}) ` : ''}${p.path}: ${p.text.slice(0, 100)}`);
        none(uiReadabilityProblems(table, language, file));
      });
      if (file.includes('/guided/'))
        it(`${file}: the guided mode gives no stop rule of its own`, async () =>
          none(guidedInstructionProblems(code, (await load()) as typeof guidedEn)));
    }

  // Pseudo-locales are made from English, so only the real translations' tables.
  for (const code of languages.slice(1))
    for (const [file, english, load] of [
      [`src/i18n/${code}.ts`, en, MESSAGE_LOADERS[code]],
      [`src/i18n/guided/${code}.ts`, guidedEn, GUIDED_LOADERS[code]],
    ] as const)
      it(`${file}: every word is there and translated`, async () => {
        assert.ok(load, `${file}: no loader for ${code}`);
        none(checkMessages(code, english as object, (await load()) as object));
      });
});
