// The content check as the team runs it (`npm run check -- content`, a mocha suite): the review-date
// reminder makes it fail from 30 days before a built-in topic's review is due (LIMBER_TODAY sets the
// day it runs as). The days are counted from the topics' own `nextReview`, so the test holds
// whatever date a review sets.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const run = (today: string): { status: number | null; out: string } => {
  const result = spawnSync('npx', ['mocha', '--reporter', 'spec', 'test/node/content.test.ts'], {
    encoding: 'utf8',
    env: { ...process.env, LIMBER_TODAY: today },
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
};

/** `date` (YYYY-MM-DD) moved by `days`. */
const shift = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const { languages, topics } = JSON.parse(readFileSync('src/languages.json', 'utf8')) as { languages: string[]; topics: string[] };

/** Each built-in topic text's file and its next review date. */
async function reviews(): Promise<{ file: string; due: string }[]> {
  const files = topics.flatMap((topic) => languages.map((code) => `content/${topic}/${code}.ts`));
  return Promise.all(
    files.map(async (file) => {
      const module = (await import(`../../${file}`)) as Record<string, { dates?: { nextReview?: string } }>;
      const due = Object.values(module).find((value) => value?.dates?.nextReview)?.dates?.nextReview;
      assert.ok(due, `${file} has a nextReview date`);
      return { file, due };
    }),
  );
}

describe('the content check and review dates', function () {
  // Each run starts mocha and tsx afresh.
  this.timeout(120_000);
  let texts: { file: string; due: string }[] = [];
  let first = '';
  before(async () => {
    texts = await reviews();
    first = texts.map((text) => text.due).sort()[0] ?? '';
  });

  it('passes while every built-in review is more than 30 days away', () => {
    const { status, out } = run(shift(first, -31));
    assert.equal(status, 0, out);
  });

  it('fails 30 days before, naming each topic text and the day it falls due', () => {
    const { status, out } = run(shift(first, -30));
    assert.notEqual(status, 0);
    for (const { file } of texts.filter((text) => text.due === first)) {
      // The failure names the file, the rule and the day: `<file> / review-due…: AssertionError …: [review-due] the topic: …`.
      const failure = `${file}\\s+review-due[^\\n]*:\\s+AssertionError[^:]*: \\[review-due\\] the topic: the review is due in 30 days \\(${first}\\)`;
      assert.match(out, new RegExp(failure), `${file} in:\n${out}`);
    }
  });

  it('fails once the review date has passed', () => {
    const { status, out } = run(shift(first, 7));
    assert.notEqual(status, 0);
    assert.ok(out.includes(`was due 7 days ago (${first})`), out);
  });
});
