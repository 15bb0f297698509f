import type { IsoDate } from './common.js';

/**
 * A person who may sign off content: a clinician (for `clinical` sign-offs) or a qualified
 * translator (for `translation` sign-offs), whose licence or registration Limber's curators
 * checked with the body that issued it. The registry is `content/reviewers.ts`.
 */
export interface Reviewer {
  /** Stable id, kebab-case, e.g. `ana-perez`. */
  readonly id: string;
  readonly name: string;
  /** Post-nominal letters as the reviewer uses them, e.g. `PT, DPT`. */
  readonly credentials: string;
  /** e.g. `Physical therapist`, `Medical translator`. */
  readonly profession: string;
  /** The licence or registration, and the body that issued it. */
  readonly licence: { readonly number: string; readonly issuer: string };
  /** When the licence was last checked with its issuer. */
  readonly checked: IsoDate;
}

/**
 * What a sign-off vouches for: `clinical` (a clinician checked the item is safe and right, in the
 * language it is written in) or `translation` (a qualified reviewer checked it says what its source
 * text says).
 */
export const SIGN_OFF_SCOPES = ['clinical', 'translation'] as const;
export type SignOffScope = (typeof SIGN_OFF_SCOPES)[number];

/** The kinds of item a sign-off covers, as `SOURCES.md` names them: `exercise bridge`, `care emergency`, `causes`. */
export const REVIEW_ITEM_KINDS = ['exercise', 'care', 'treatment', 'tip', 'causes'] as const;
export type ReviewItemKind = (typeof REVIEW_ITEM_KINDS)[number];

/**
 * One reviewer's (or several reviewers') sign-off of exactly one item, in one topic text. It holds
 * only while the item is what they read: `fingerprint` is the item's `sha256-…` fingerprint then
 * (see `src/content/fingerprint.ts`); any edit makes the sign-off stale.
 */
export interface SignOff {
  /** The item: `exercise <id>`, `care <level>`, `treatment <id>`, `tip <id>` or `causes`. */
  readonly item: string;
  readonly scope: SignOffScope;
  /** Ids in the topic's `review.reviewers`. */
  readonly reviewers: readonly string[];
  readonly date: IsoDate;
  readonly fingerprint: string;
  /** For a `translation` sign-off: the fingerprint of the source-language item it was checked against. */
  readonly sourceFingerprint?: string;
}

/** A topic text's review record: the reviewers it names and what they signed. */
export interface TopicReview {
  readonly reviewers: readonly Reviewer[];
  readonly signOffs: readonly SignOff[];
}
