// npm run check -- accessibility: the accessibility conformance report (ACCESSIBILITY.md) is true
// to its evidence. Every criterion cites tests that exist and passed in the last run
// (test-results/elements.json and node.json, from `npm run check -- node elements`), or a dated
// manual check; no claim is stronger than what it rests on; and the committed report is the one
// `npm run report:accessibility` writes from them.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { REPORT_FILE, reportInputs } from '../conformance/inputs.js';
import { problemsOf, reportMarkdown, type ReportData } from '../conformance/report.js';
import { WCAG } from '../conformance/wcag.js';
import { CONFORMANCE } from '../conformance/types.js';
import { MANUAL_CHECKS } from '../conformance/manual-checks.js';

describe('the accessibility conformance report', () => {
  it('every criterion has evidence: each cited test exists and passed in the last run, each manual check is dated and recent', () => {
    const { problems } = reportInputs();
    expect(problems).to.deep.equal([]);
  });

  it('ACCESSIBILITY.md is the report the criteria and the last run make (npm run report:accessibility writes it)', () => {
    const { markdown } = reportInputs();
    expect(readFileSync(REPORT_FILE, 'utf8') === markdown, `${REPORT_FILE} is out of date: run npm run report:accessibility`).to.equal(
      true,
    );
  });

  describe('the check itself', () => {
    const passing = { file: 'test/a.test.ts', loaded: true, tests: [{ title: 'suite › works', passed: true }] };
    const base = (over: Partial<ReportData> = {}): ReportData => ({
      wcag: WCAG.map((c) => ({ ...c, tests: [{ file: 'test/a.test.ts', title: 'suite' }], manual: [] })),
      functional: [],
      support: [],
      notApplicable: [],
      manual: MANUAL_CHECKS,
      results: [passing],
      product: { name: 'limber-elements', version: '0.0.0' },
      ...over,
    });

    it('passes data whose every test passed', () => {
      expect(problemsOf(base(), '2026-12-05')).to.deep.equal([]);
    });

    it('reports a cited test the run does not have, and one that failed', () => {
      const missing = base({ results: [] });
      expect(problemsOf(missing, '2026-12-05')[0]).to.match(
        /^1\.1\.1 Non-text Content: cites a test the run does not have: test\/a\.test\.ts — suite$/,
      );
      const failed = base({ results: [{ ...passing, tests: [{ title: 'suite › works', passed: false }] }] });
      expect(problemsOf(failed, '2026-12-05')[0]).to.match(/cites a failing test: test\/a\.test\.ts — suite \(1 failed\)$/);
    });

    it('reports a criterion with neither a test nor a manual check, and a missing criterion', () => {
      const data = base();
      const bare = { ...data, wcag: [{ ...data.wcag[0]!, tests: [], manual: [] }, ...data.wcag.slice(2)] };
      expect(problemsOf(bare, '2026-12-05')).to.deep.equal([
        'WCAG 2.2 has 31 level A criteria; the list has 30',
        '1.1.1 Non-text Content: neither a test nor a manual check backs it',
      ]);
    });

    it('reports a manual check that is undated, from the future, or more than a year old', () => {
      const data = (done: string) =>
        base({
          wcag: base().wcag.map((c, i) => (i === 0 ? { ...c, manual: ['media'] } : c)),
          manual: { ...MANUAL_CHECKS, media: { ...MANUAL_CHECKS.media!, done } },
        });
      expect(problemsOf(data('soon'), '2026-12-05')).to.deep.equal(['manual check "media": "soon" is not a date (YYYY-MM-DD)']);
      expect(problemsOf(data('2026-12-06'), '2026-12-05')).to.deep.equal([
        'manual check "media": done 2026-12-06, after today (2026-12-05)',
      ]);
      expect(problemsOf(data('2025-12-01'), '2026-12-05')).to.deep.equal([
        'manual check "media": last done 2025-12-01, more than 365 days ago; do it again',
      ]);
    });

    it('reports a claim stronger than the criteria it rests on', () => {
      const data = base();
      const partial = {
        ...data,
        wcag: data.wcag.map((c) => (c.id === '1.4.1' ? { ...c, conformance: 'Partially Supports' as const } : c)),
      };
      const clause = {
        en301549: { id: '4.2.3', name: 'Usage without perception of colour' },
        conformance: 'Supports' as const,
        remarks: 'x',
        restsOn: ['1.4.1'],
      };
      expect(problemsOf({ ...partial, functional: [clause] }, '2026-12-05')).to.deep.equal([
        '4.2.3: claims "Supports" but rests on 1.4.1, which claims "Partially Supports"',
      ]);
    });

    it('writes each table and counts from the data and the run', () => {
      const markdown = reportMarkdown(base());
      const levelA = WCAG.filter((c) => c.level === 'A');
      const counts = CONFORMANCE.map((level) => levelA.filter((c) => c.conformance === level).length);
      expect(markdown).to.contain(`| WCAG 2.2 Level A | ${counts.join(' | ')} | 31 |`);
      expect(markdown).to.contain('`test/a.test.ts` — suite (passed)');
      expect(reportMarkdown(base({ results: [] }))).to.contain('`test/a.test.ts` — suite (MISSING)');
    });
  });
});
