import type { IsoDate } from './common.js';

/**
 * What a review was: `sources-checked` (every fact checked against its publisher's own page, by
 * the curator; no clinician) or `clinical` (a clinician reviewed the content). Readers see which.
 * Never `clinical` unless a clinician did review it.
 */
export const REVIEW_SCOPES = ['sources-checked', 'clinical'] as const;
export type ReviewScope = (typeof REVIEW_SCOPES)[number];

/**
 * When content was last reviewed, what that review was, and when the next one is due. Readers
 * see all three; once `nextReview` has passed, elements say "Due for review since …".
 * `lastReviewed` and `reviewScope` come together.
 */
export interface ReviewDates {
  readonly lastReviewed?: IsoDate;
  readonly reviewScope?: ReviewScope;
  readonly nextReview?: IsoDate;
}
