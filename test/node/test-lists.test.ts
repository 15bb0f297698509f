// The tests read the lists (test/support/lists.ts, topics.ts, words.ts; scripts/lib/languages.mjs
// for the Node scripts): no test names a listed topic (its id, its modules or their exports) or a
// translation (its code as a value, a lang, or its message tables), so a new topic or language is
// tested by the suites as they are. The one exception is a language's own file of tests,
// test/node/language-<code>.test.ts (its table's grammar, APA forms and readability formula).
// English, the language every topic is written in, is the source the others are checked against.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { TOPICS, TRANSLATIONS, LANGUAGES, topicExport } from '../../scripts/lib/languages.mjs';

/** Every tracked or new test source (not the Stryker record, snapshots or the WordPress PHP). */
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'test'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.(ts|mts|mjs|cjs|js)$/.test(file));

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What names one listed thing, each with what it names. */
const NAMES: readonly [RegExp, string][] = [
  ...TOPICS.flatMap((topic): [RegExp, string][] => [
    [new RegExp(escape(topic)), `topic "${topic}"`],
    ...LANGUAGES.map((code): [RegExp, string] => [new RegExp(`\\b${topicExport(topic, code)}\\b`), `topic "${topic}" (${code})`]),
  ]),
  ...TRANSLATIONS.flatMap((code): [RegExp, string][] => [
    // (Rollup's `format: 'es'` is a module format, not a language.)
    [new RegExp(`(?<!format: )(['"\`])${escape(code)}\\1`), `language "${code}" as a value`],
    [new RegExp(`\\blang="?${escape(code)}\\b`), `language "${code}" as a lang`],
    [new RegExp(`/i18n/(guided/)?${escape(code)}\\.js`), `language "${code}"'s tables`],
  ]),
];

/** Where `text` names a listed topic or translation, as `line: what`. */
function namings(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, index) => NAMES.filter(([pattern]) => pattern.test(line)).map(([, what]) => `${index + 1}: ${what}`));
}

describe('the tests read the lists', () => {
  it('finds the test files (it has something to check)', () => {
    assert.ok(files.length > 50, `${files.length} files`);
    assert.ok(files.includes('test/support/lists.ts'));
  });

  it('finds a naming when there is one (it can fail)', () => {
    const [topic] = TOPICS;
    const [code] = TRANSLATIONS;
    assert.deepEqual(namings(`html\`<limber-causes topic="${topic}"></limber-causes>\``), [`1: topic "${topic}"`]);
    if (code) assert.deepEqual(namings(`<div lang=${code}>`), [`1: language "${code}" as a lang`]);
    if (code) assert.deepEqual(namings(`x\nfixture(el, '${code}')`), [`2: language "${code}" as a value`]);
    assert.deepEqual(namings("bundle.generate({ format: 'es' })"), []);
  });

  it('no test names a listed topic or translation, but a language’s own file', () => {
    const found = files.flatMap((file) => {
      const own = /^test\/node\/language-([a-z-]+)\.test\.ts$/.exec(file)?.[1];
      if (own) return [];
      return namings(readFileSync(file, 'utf8')).map((where) => `${file}:${where}`);
    });
    assert.deepEqual(found, []);
  });
});
