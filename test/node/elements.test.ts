// The one list of elements holds (part of `npm test`): the source files written from
// src/elements.json and src/languages.json are what `npm run generate` writes now (and git ignores
// them), the README's element table is what `npm run sync:elements` would write, and each element
// has what every element must: its registration, stories and tests (its size budget is its kind's).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { ELEMENTS } from '../../scripts/lib/elements.mjs';
import { documentFiles, sourceFiles } from '../../scripts/lib/generated-sources.mjs';

interface Generated {
  file: string;
  list: string;
  current: string;
  wanted: string;
}

/** The lines of `wanted` that `current` lacks, and the other way round: what a failure names. */
function difference({ current, wanted }: Generated): string {
  const [have, want] = [current.split('\n'), wanted.split('\n')];
  const missing = want.filter((line) => !have.includes(line)).map((line) => `  + ${line}`);
  const extra = have.filter((line) => !want.includes(line)).map((line) => `  - ${line}`);
  return [...missing, ...extra].slice(0, 20).join('\n');
}

describe('elements: the files written from the lists agree with them', function () {
  // The README's table needs the manifest, from the analyzer run over src/ (a few seconds).
  this.timeout(120_000);
  let sources: [string, string][] = [];
  let documents: Generated[] = [];
  before(async () => {
    [sources, documents] = await Promise.all([sourceFiles(), documentFiles()]);
  });

  it('writes the element entry points and every language loader, none of them tracked by git', () => {
    const files = sources.map(([file]) => file);
    for (const file of ['src/limber.ts', 'src/define-all.ts', 'src/i18n/locales.ts', 'src/content/topic-loaders.ts'])
      assert.ok(files.includes(file), `${file} is written from a list`);
    const tracked = execFileSync('git', ['ls-files', ...files], { encoding: 'utf8' }).trim();
    assert.equal(tracked, '', 'generated sources are not committed');
  });

  it('every generated source says what `npm run generate` writes now', () => {
    const stale = sources.filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text).map(([file]) => file);
    assert.deepEqual(stale, [], 'run `npm run generate`');
  });

  it("the README's element table says what `npm run sync:elements` would write now", () => {
    const stale = documents.filter((g) => g.current !== g.wanted);
    assert.ok(
      stale.length === 0,
      stale.map((g) => `${g.file} disagrees with ${g.list}; run \`npm run sync:elements\`\n${difference(g)}`).join('\n'),
    );
  });
});

describe('elements: each element of src/elements.json has what every element needs', () => {
  const stories = readdirSync('stories')
    .filter((f) => f.endsWith('.stories.ts'))
    .map((f) => readFileSync(`stories/${f}`, 'utf8'));
  const tests = readdirSync('test')
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => readFileSync(`test/${f}`, 'utf8'));

  for (const e of ELEMENTS) {
    describe(`<${e.tag}>`, () => {
      it(`${e.define} registers it as ${e.class}`, () => {
        const define = existsSync(e.define) ? readFileSync(e.define, 'utf8') : '';
        assert.ok(define.includes(`defineElement('${e.tag}', ${e.class})`), `${e.define}: defineElement('${e.tag}', ${e.class})`);
      });
      it('has stories', () => {
        assert.ok(
          stories.some((s) => s.includes(`component: '${e.tag}'`)),
          `a stories/*.stories.ts with component: '${e.tag}'`,
        );
      });
      it('has Chromium tests', () => {
        const describes = new RegExp(`describe\\('[^']*<${e.tag}>`);
        assert.ok(
          tests.some((t) => describes.test(t)),
          `a test/*.test.ts with describe('<${e.tag}>' (or naming it among others)`,
        );
      });
    });
  }
});
