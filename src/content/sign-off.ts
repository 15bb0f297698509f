/**
 * Whether an item is clinically reviewed, from its topic's sign-offs. Pure: the caller passes the
 * fingerprint function (its chunk is fetched only for content that has sign-offs).
 */
import type { IsoDate, Reviewer, SignOff, Topic } from '../model/index.js';

/** What a reader is told about an item's clinical review. */
export type ReviewStatus =
  /** A clinical sign-off whose fingerprint matches the item as it is now. */
  | { readonly kind: 'reviewed'; readonly reviewers: readonly Reviewer[]; readonly date: IsoDate }
  /** Clinically signed off once, but the item has changed since. */
  | { readonly kind: 'stale'; readonly date: IsoDate }
  | { readonly kind: 'unreviewed' };

const UNREVIEWED: ReviewStatus = { kind: 'unreviewed' };

/** The clinical sign-offs of one item, newest first. */
export function clinicalSignOffs(topic: Topic | undefined, key: string): SignOff[] {
  return (topic?.review?.signOffs ?? []).filter((s) => s.scope === 'clinical' && s.item === key).sort((a, b) => (a.date < b.date ? 1 : -1));
}

/**
 * The item's review status; undefined when it has sign-offs and `fingerprint` is not there yet
 * (the caller fetches it and asks again).
 */
export function reviewStatus(
  topic: Topic | undefined,
  key: string,
  item: unknown,
  fingerprint: ((item: unknown) => string) | undefined,
): ReviewStatus | undefined {
  const signOffs = clinicalSignOffs(topic, key);
  if (signOffs.length === 0) return UNREVIEWED;
  if (!fingerprint) return undefined;
  const now = fingerprint(item);
  const reviewers = topic?.review?.reviewers ?? [];
  for (const signOff of signOffs) {
    const who = signOff.reviewers.map((id) => reviewers.find((r) => r.id === id));
    if (signOff.fingerprint === now && who.every((r): r is Reviewer => r !== undefined)) {
      return { kind: 'reviewed', reviewers: who, date: signOff.date };
    }
  }
  return { kind: 'stale', date: signOffs[0]?.date ?? '' };
}
