// The shape of the accessibility conformance data: each criterion, the conformance level claimed,
// and the evidence for it (Chromium tests by file and title, or a dated manual check). The report
// (ACCESSIBILITY.md, written by `npm run report:accessibility`) is generated from it and the run.

/** The four levels of the VPAT 2.5 report. */
export const CONFORMANCE = ['Supports', 'Partially Supports', 'Does Not Support', 'Not Applicable'] as const;
export type Conformance = (typeof CONFORMANCE)[number];

/**
 * A Chromium test, or a whole `describe` block, by its file and title. The title is the suites'
 * and the test's names joined by " › " (as test-results/elements.json records them); a title that
 * names a suite cites every test in it.
 */
export interface TestCitation {
  readonly file: string;
  readonly title: string;
}

/** A check done by hand, with how to repeat it and when it was last done. */
export interface ManualCheck {
  /** What was checked, in plain words. */
  readonly what: string;
  /** How to repeat it: the commands or steps. */
  readonly how: string;
  /** What it found. */
  readonly found: string;
  /** When it was last done, YYYY-MM-DD. */
  readonly done: string;
}

/** What backs a claim: tests, manual checks, or both. */
export interface Evidence {
  readonly tests?: readonly TestCitation[];
  /** Keys of MANUAL_CHECKS. */
  readonly manual?: readonly string[];
}

/** One row of a report table. */
export interface Row extends Evidence {
  readonly conformance: Conformance;
  /** Plain words: what holds, and for anything short of Supports, what does not and why. */
  readonly remarks: string;
}

/** A WCAG 2.2 success criterion at level A or AA. */
export interface Criterion extends Row {
  readonly id: string;
  readonly name: string;
  readonly level: 'A' | 'AA';
  /** New in WCAG 2.2: Section 508 and EN 301 549 (which cite WCAG 2.0 and 2.1) do not ask for it. */
  readonly new22?: true;
}

/** A Section 508 clause and the EN 301 549 clause that matches it, if any. */
export interface Clause extends Row {
  readonly section508?: { readonly id: string; readonly name: string };
  readonly en301549?: { readonly id: string; readonly name: string };
  /** WCAG criteria the claim rests on: it may claim no more than the weakest of them. */
  readonly restsOn?: readonly string[];
}
