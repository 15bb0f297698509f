// `npm run check:content` as the team runs it: the review-date reminder makes the script fail from
// 30 days before a built-in topic's review is due (`--today` sets the day it runs as).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';

const run = (today: string): { status: number | null; out: string } => {
  const result = spawnSync(process.execPath, ['scripts/check-content.mjs', `--today=${today}`], { encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
};

describe('npm run check:content and review dates', () => {
  it('passes while every built-in review is more than 30 days away', () => {
    const { status, out } = run('2027-05-01');
    assert.equal(status, 0, out);
  });

  it('fails 30 days before, naming each topic text and the day it falls due', () => {
    const { status, out } = run('2027-05-02');
    assert.equal(status, 1);
    assert.match(out, /content\/pinched-nerve-low-back\/en\.ts: \[review-due\] — the topic: the review is due in 30 days \(2027-06-01\)/);
    assert.match(out, /content\/pinched-nerve-low-back\/es\.ts: \[review-due\]/);
  });

  it('fails once the review date has passed', () => {
    const { status, out } = run('2027-06-08');
    assert.equal(status, 1);
    assert.match(out, /was due 7 days ago \(2027-06-01\)/);
  });
});
