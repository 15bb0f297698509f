import type { ContentProblem } from './check.js';

/** The outcome of validating content from outside: the typed value, or every problem found. */
export type ValidationResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly ContentProblem[] };

/** One problem as a line: `exercises.items[2].dosage.reps: expected a positive integer`. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.path || '(root)'}: ${problem.message}`;
}
