import type { SignOff } from '../../src/model/index.js';

/**
 * Clinical and translation sign-offs of this topic, per locale: each names one item (`exercise
 * bridge`, `care emergency`, `causes`…), its reviewers (from `content/reviewers.ts`), the scope,
 * the date and the fingerprint of exactly what was reviewed (`npm run review:sheet` prints it).
 * Editing an item makes its sign-off stale: `npm run check -- content` says so and readers see the
 * item as not clinically reviewed.
 *
 * None yet: no clinician has reviewed this topic.
 */
export const signOffs: Readonly<Record<string, readonly SignOff[]>> = { en: [], es: [] };
