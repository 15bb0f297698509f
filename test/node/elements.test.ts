// The one list of elements holds (part of `npm test`): every file written from src/elements.json
// and src/languages.json says what `npm run sync:elements` would write now, and each element has
// what every element must: its registration, stories, tests and size budgets.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { ELEMENTS } from '../../scripts/lib/elements.mjs';
import { generatedSources } from '../../scripts/lib/generated-sources.mjs';

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
  // The manifest comes from the analyzer, run over src/ (a few seconds).
  this.timeout(120_000);
  let generated: Generated[] = [];
  before(async () => {
    generated = await generatedSources();
  });

  it('covers the element entry points, the package, the README and every language loader', () => {
    const files = generated.map((g) => g.file);
    for (const file of ['src/limber.ts', 'src/define-all.ts', 'src/api.ts', 'README.md', 'package.json', 'src/i18n/locales.ts'])
      assert.ok(files.includes(file), `${file} is written from a list`);
  });

  it('every generated file says what `npm run sync:elements` would write now', () => {
    const stale = generated.filter((g) => g.current !== g.wanted);
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
  const budgets = (JSON.parse(readFileSync('scripts/budgets.json', 'utf8')) as { gzip: Record<string, number> }).gzip;

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
      it('has size budgets', () => {
        const keys = [`element:${e.name}`, `alone:${e.name}`];
        assert.deepEqual(
          keys.filter((k) => !(k in budgets)),
          [],
          'missing from scripts/budgets.json',
        );
      });
    });
  }

  it('scripts/budgets.json has budgets only for registered elements', () => {
    const known = new Set(ELEMENTS.map((e) => e.name));
    assert.deepEqual(
      Object.keys(budgets).filter((k) => /^(element|alone):/.test(k) && !known.has(k.split(':')[1] ?? '')),
      [],
    );
  });
});
