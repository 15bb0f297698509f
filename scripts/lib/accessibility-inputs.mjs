// What the accessibility report is made from: the criteria (test/conformance/, TypeScript through
// tsx), the last run's results and the package's name and version; and what they make.
import { existsSync, readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

/** Where the runs write their results (test/support/results-reporter.mjs, mocha-results.cjs). */
export const RESULT_FILES = ['test-results/elements.json', 'test-results/node.json'];

/** The report's file. */
export const REPORT_FILE = 'ACCESSIBILITY.md';

/**
 * The data, its problems and the Markdown. A missing results file is a problem that says which
 * group to run.
 * @param {{ today?: string }} [options]
 */
export async function reportInputs(options = {}) {
  const load = (path) => tsImport(path, import.meta.url);
  const [{ WCAG }, { FUNCTIONAL, SUPPORT, NOT_APPLICABLE_CHAPTERS }, { MANUAL_CHECKS }, report] = await Promise.all([
    load('../../test/conformance/wcag.ts'),
    load('../../test/conformance/clauses.ts'),
    load('../../test/conformance/manual-checks.ts'),
    load('../../test/conformance/report.ts'),
  ]);
  const missing = [];
  const results = RESULT_FILES.flatMap((file) => {
    if (!existsSync(file)) {
      missing.push(`${file} is missing: run npm run check -- ${file.includes('node') ? 'node' : 'elements'} first`);
      return [];
    }
    return JSON.parse(readFileSync(file, 'utf8')).files;
  });
  const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const data = {
    wcag: WCAG,
    functional: FUNCTIONAL,
    support: SUPPORT,
    notApplicable: NOT_APPLICABLE_CHAPTERS,
    manual: MANUAL_CHECKS,
    results,
    product: { name, version },
  };
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return {
    data,
    problems: [...missing, ...report.problemsOf(data, today)],
    markdown: report.reportMarkdown(data),
    file: REPORT_FILE,
    report,
  };
}
