// README.md and BENCHMARKS.md quote the speed figures of the committed benchmark record
// (test/bench/results/latest.json), as `BENCH_RECORD=1 npm run check -- bench` writes them: a hand edit,
// or a record committed without its figures, fails here. (The byte figures are checked against a
// fresh measurement by `npm run check -- size`.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { benchBlocks, staleBlocks } from '../support/doc-figures.mjs';

const record = JSON.parse(readFileSync('test/bench/results/latest.json', 'utf8')) as Record<string, unknown>;
const { bench: goals } = JSON.parse(readFileSync('scripts/budgets.json', 'utf8')) as { bench: Record<string, unknown> };

describe('figures quoted in README.md and BENCHMARKS.md', () => {
  it('are the committed benchmark record’s', () => {
    assert.deepEqual(staleBlocks(benchBlocks(record, goals)), []);
  });

  it('would be caught if one drifted', () => {
    const blocks = benchBlocks(record, goals);
    const drifted = { ...blocks, 'readme-speed': `${blocks['readme-speed']} (edited)` };
    assert.deepEqual(staleBlocks(drifted), ['readme-speed']);
  });
});
