// What the accessibility report is made from, read in Node: the criteria and clauses, the manual
// checks, the last run's results (test/support/results-reporter.mjs and mocha-results.cjs write
// them) and the package's name and version; and what they make.
import { existsSync, readFileSync } from 'node:fs';
import { FUNCTIONAL, NOT_APPLICABLE_CHAPTERS, SUPPORT } from './clauses.js';
import { MANUAL_CHECKS } from './manual-checks.js';
import { problemsOf, reportMarkdown, type FileOutcome, type ReportData } from './report.js';
import { WCAG } from './wcag.js';

/** Where the runs write their results, and the group that writes each. */
export const RESULT_FILES = { 'test-results/elements.json': 'elements', 'test-results/node.json': 'node' } as const;

/** The report's file. */
export const REPORT_FILE = 'ACCESSIBILITY.md';

/** The data, its problems (a missing results file says which group to run) and the Markdown. */
export function reportInputs(today = new Date().toISOString().slice(0, 10)): { data: ReportData; problems: string[]; markdown: string } {
  const missing: string[] = [];
  const results = Object.entries(RESULT_FILES).flatMap(([file, group]): FileOutcome[] => {
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { files: FileOutcome[] }).files;
    missing.push(`${file} is missing: run npm run check -- ${group} first`);
    return [];
  });
  const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
  const data: ReportData = {
    wcag: WCAG,
    functional: FUNCTIONAL,
    support: SUPPORT,
    notApplicable: NOT_APPLICABLE_CHAPTERS,
    manual: MANUAL_CHECKS,
    results,
    product: { name, version },
  };
  return { data, problems: [...missing, ...problemsOf(data, today)], markdown: reportMarkdown(data) };
}
