// The ways Limber reaches a page (matrix.mjs), each pair on one page in either order, and each
// script twice (a second copy from another URL). One cell per test; `--grep` runs some.
import { expect } from 'chai';
import { CHOICES, cellLabel, cells, judge, openCell, prepareMatrix, shiftTable } from './matrix.mjs';
import { embedContext } from './context.mjs';

describe('embeds: the ways onto a page, pair by pair', function () {
  this.timeout(120_000);
  const context = embedContext();
  const table = new Map();
  let setup;
  before(async function () {
    this.timeout(300_000);
    setup = await prepareMatrix(context.browser, context.base);
  });
  after(() => {
    if (table.size) console.log(`\n    layout shift per cell (rows load first; ✗ a failed cell):\n${shiftTable(table)}\n`);
  });

  it(`compares with the client render of ${CHOICES.length} embeds, one of each kind, in English and Spanish`, () => {
    expect(setup.reference).to.have.length(CHOICES.length);
    for (const embed of setup.reference) {
      expect(embed.upgraded, 'upgraded').to.equal(true);
      expect(embed.words.length, 'characters shown').to.be.above(100);
    }
  });

  for (const { first, second } of cells())
    it(`${cellLabel(first, second)}: shown once, as the client render, no errors, no CSP violations`, async function () {
      const cell = await openCell(context.browser, context.base, { first, second, ...setup });
      const problems = judge(cell, setup.reference);
      table.set(`${first} ${second}`, { cls: cell.cls, ok: problems.length === 0 });
      this.test.title += ` (CLS ${cell.cls.toFixed(4)}${cell.prerendered && !cell.mixed ? ', limit 0.00' : ''})`;
      expect(problems, cell.shifts.length ? `shifts: ${cell.shifts.join('; ')}` : undefined).to.deep.equal([]);
    });
});
