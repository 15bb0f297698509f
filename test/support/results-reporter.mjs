// A web-test-runner reporter that writes what every Chromium test did to
// test-results/elements.json: file, full title (suites and test joined by " › ") and outcome. The
// accessibility report (npm run report:accessibility) reads it to show which tests back each WCAG
// criterion and to fail when a cited test is missing or failing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** Where the results go, relative to the repository. */
export const RESULTS_FILE = 'test-results/elements.json';

/**
 * Flattens one file's suite tree into rows.
 * @param {import('@web/test-runner').TestSuiteResult} suite
 * @param {string[]} path the titles of the suites above
 * @returns {{ title: string, passed: boolean, skipped: boolean }[]}
 */
function rows(suite, path) {
  const here = suite.name ? [...path, suite.name] : path;
  return [
    ...suite.tests.map((test) => ({ title: [...here, test.name].join(' › '), passed: test.passed, skipped: test.skipped })),
    ...suite.suites.flatMap((child) => rows(child, here)),
  ];
}

/** @returns {import('@web/test-runner').Reporter} */
export function resultsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const files = sessions.map((session) => ({
        file: relative(process.cwd(), session.testFile),
        // A file that failed to load has no results and errors instead: it counts as failed.
        loaded: session.errors.length === 0 && session.testResults !== undefined,
        tests: session.testResults ? rows(session.testResults, []) : [],
      }));
      mkdirSync(dirname(RESULTS_FILE), { recursive: true });
      writeFileSync(RESULTS_FILE, `${JSON.stringify({ finished: new Date().toISOString(), files }, null, 1)}\n`);
    },
  };
}
