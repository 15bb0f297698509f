import type { Reviewer, SignOff, TopicReview } from '../src/model/index.js';

/**
 * The reviewer registry: every person who may sign off built-in content, with the licence or
 * registration Limber's curators checked with the body that issued it, and when. A sign-off
 * (`content/<topic>/sign-offs.ts`) may name only people listed here.
 *
 * It is empty: no clinician or qualified translator has reviewed Limber's built-in content yet, so
 * every item shows as not clinically reviewed. Add a person only after they have signed a review
 * sheet and their licence has been checked; CONTRIBUTING.md says how. Tests use fixture reviewers.
 */
export const reviewers = [] as const satisfies readonly Reviewer[];

/** A topic text's review record: its sign-offs and the registry's entries for the people they name. */
export function reviewRecord(signOffs: readonly SignOff[], registry: readonly Reviewer[] = reviewers): TopicReview {
  const named = new Set(signOffs.flatMap((signOff) => signOff.reviewers));
  return { reviewers: registry.filter((reviewer) => named.has(reviewer.id)), signOffs };
}
