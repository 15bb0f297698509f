// What Limber weighs (`npm run check -- size`, in the built dist/): every file against its budget
// in scripts/budgets.json (its own, or its kind's: each element's code, each language file;
// budgets are ceilings and always hold), what loads only when needed, and the goals: each is a
// test once listed in budgets.goals.enforced, and until then a row of the table, met or missed.
// The whole measurement is printed as a table after the tests.
//   SIZE_WRITE=1    writes the byte figures README.md and BENCHMARKS.md quote, then checks them
//   SIZE_UPDATE=1   sets every one-file budget to measured + 10 %, never looser
import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipByKey, measureSizes } from './measure.mjs';
import { goalRows, sizeTable, tightened } from './table.mjs';
import { budgetOf } from '../../support/budgets.mjs';
import { needDist } from '../support/need-dist.ts';
import { sizeBlocks, staleBlocks, writeBlocks } from '../../support/doc-figures.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const BUDGETS = `${root}scripts/budgets.json`;
let budgets = JSON.parse(readFileSync(BUDGETS, 'utf8'));

describe('size: budgets and goals (scripts/budgets.json)', function () {
  this.timeout(300_000);
  let sizes;
  let gzip;
  before(async () => {
    needDist(['limber.js', 'limber-hydrate.js', 'exercise-card.js'], root);
    sizes = await measureSizes();
    gzip = gzipByKey(sizes);
    if (process.env.SIZE_UPDATE) {
      budgets = tightened(gzip, budgets);
      writeFileSync(BUDGETS, `${JSON.stringify(budgets, null, 2)}\n`);
      console.log('    scripts/budgets.json: every budget set to measured + 10 %, none looser');
    }
    if (process.env.SIZE_WRITE) {
      const missing = writeBlocks(sizeBlocks(sizes, budgets), root);
      console.log(
        `    README.md and BENCHMARKS.md: the byte figures written${missing.length ? ` (no markers for ${missing.join(', ')})` : ''}`,
      );
    }
  });
  after(() => sizes && console.log(`\n${sizeTable(sizes, budgets).join('\n')}`));

  describe('what loads only when needed', () => {
    // The five facts are listed by the measurement itself; their labels are fixed here so a lost one fails.
    for (const label of [
      'limber.js carries no topic’s words: it imports each English topic only when an element first needs it',
      'exercise-card.js loads the guided chunk only on Start',
      'limber.js loads remote content only for a provider with src, and the JSON-LD only after an article renders',
      'limber.js loads the guided sibling only on Start',
      'limber.js and exercise-card.js load the fingerprint code only for content with sign-offs',
    ])
      it(label, () => {
        const fact = sizes.loading.find((f) => f.label === label);
        expect(fact, 'measured').to.be.an('object');
        expect(fact.ok, fact.detail).to.equal(true);
      });
  });

  describe('budgets (gzip bytes)', () => {
    it('every measured file is within its budget, its own or its kind’s', () => {
      const over = Object.entries(gzip)
        .map(([key, bytes]) => ({ key, bytes, ...budgetOf(budgets, key) }))
        .filter(({ bytes, budget }) => !(bytes <= budget))
        .map(({ key, bytes, budget, by }) => `${key}: ${bytes} B, budget ${budget ?? 'none'}${by && by !== key ? ` (${by})` : ''}`);
      expect(over).to.deep.equal([]);
    });
    it('every one-file budget names a file the build wrote (a stale one is removed, not kept)', () => {
      expect(Object.keys(budgets.gzip).filter((key) => gzip[key] === undefined)).to.deep.equal([]);
    });
    it('every kind of file has at least one measured file', () => {
      const kinds = Object.keys(budgets.kinds);
      expect(kinds.filter((kind) => !Object.keys(gzip).some((key) => budgetOf(budgets, key)?.by === kind))).to.deep.equal([]);
    });
  });

  // Enforced goals are tests; the others are rows of the table printed after the tests.
  describe('goals listed in goals.enforced', () => {
    for (const key of budgets.goals.enforced)
      it(`${key}`, function () {
        const goal = goalRows(sizes, budgets).find((g) => g.key === key);
        expect(goal, `${key} is a goal the size suite measures`).to.be.an('object');
        this.test.title = `${goal.label}: ${goal.figure}`;
        expect(goal.ok, `${goal.label}: ${goal.figure}`).to.equal(true);
      });
  });

  it('README.md and BENCHMARKS.md quote today’s byte figures (SIZE_WRITE=1 npm run check -- size writes them)', () => {
    expect(staleBlocks(sizeBlocks(sizes, budgets), root), 'blocks that drifted').to.deep.equal([]);
  });
});
