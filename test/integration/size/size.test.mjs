// What Limber weighs (`npm run check -- size`, in the built dist/): every file against its budget
// in scripts/budgets.json (budgets guard against regressions and always hold), what loads only
// when needed, and the goals: each holds once listed in budgets.goals.enforced; until then a
// missed goal is pending, its figure in its title. The whole measurement is printed as a table
// after the tests.
//   SIZE_WRITE=1    writes the byte figures README.md and BENCHMARKS.md quote, then checks them
//   SIZE_UPDATE=1   sets every budget to measured + 10 %, never looser (a new element's provisional ones)
import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipByKey, measureSizes } from './measure.mjs';
import { sizeTable, tightened } from './table.mjs';
import { needDist } from '../support/need-dist.ts';
import { sizeBlocks, staleBlocks, writeBlocks } from '../../support/doc-figures.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const BUDGETS = `${root}scripts/budgets.json`;
let budgets = JSON.parse(readFileSync(BUDGETS, 'utf8'));

/** A goal: holds when enforced; otherwise a miss marks the test pending. */
function goal(key, label, measure) {
  it(`${label} (goal${budgets.goals.enforced.includes(key) ? '' : ', reported until enforced'})`, function () {
    const { ok, figure } = measure();
    this.test.title += `: ${figure}`;
    if (!ok && !budgets.goals.enforced.includes(key)) this.skip();
    expect(ok, `${label}: ${figure}`).to.equal(true);
  });
}

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
    // The four facts are listed by the measurement itself; their labels are fixed here so a lost one fails.
    for (const label of [
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
    for (const [key, budget] of Object.entries(budgets.gzip))
      it(`${key} ≤ ${budget} B`, () => {
        expect(gzip[key], `${key} measured`).to.be.a('number');
        expect(gzip[key], `${key}`).to.be.at.most(budget);
      });
    it('every measured file has a budget', () => {
      expect(Object.keys(gzip).filter((key) => budgets.gzip[key] === undefined)).to.deep.equal([]);
    });
  });

  describe('goals', () => {
    goal('limber.js', `limber.js ≤ ${budgets.goals['limber.js']} B gzip`, () => ({
      ok: gzip['limber.js'] <= budgets.goals['limber.js'],
      figure: `${gzip['limber.js']} B`,
    }));
    goal('peerRatio', `the whole-article page ≤ ${budgets.peerRatio} × nhsuk-frontend's CSS + JS (gzip)`, () => ({
      ok: sizes.peer.ratio <= budgets.peerRatio,
      figure: sizes.peer.ratio.toFixed(2),
    }));
  });

  it('README.md and BENCHMARKS.md quote today’s byte figures (SIZE_WRITE=1 npm run check -- size writes them)', () => {
    expect(staleBlocks(sizeBlocks(sizes, budgets), root), 'blocks that drifted').to.deep.equal([]);
  });
});
