import type { Topic } from '../model/index.js';
import type { ReviewRequirement } from '../model/settings.js';
import { reviewStatus, type ReviewStatus } from '../content/sign-off.js';
import { loadFingerprint, loadedFingerprint } from '../content/fingerprints.js';

/**
 * Clinical review, as one behaviour: each item's review status from its topic's sign-offs, and
 * whether the requirement in force keeps an item out. It holds no element: it is given the
 * requirement in force and a way to load the fingerprint chunk, which content with sign-offs needs.
 */
export class ClinicalReview {
  constructor(
    /** The requirement in force (the attribute when valid, else the provider's). */
    readonly requirement: () => ReviewRequirement | undefined,
    /** Starts a load once per key (the element's `LoadController`). */
    private readonly load: (key: string, load: () => Promise<void>, what: string) => boolean,
  ) {}

  /**
   * An item's review status (`key` as `SOURCES.md` names items: `exercise bridge`), from the
   * sign-offs of the topic it was found in (none for host `data`: unreviewed); undefined while the
   * fingerprint chunk is on its way (the element renders again when it arrives).
   */
  status(topic: Topic | undefined, key: string, item: unknown): ReviewStatus | undefined {
    const status = reviewStatus(topic, key, item, loadedFingerprint());
    if (!status) this.load('fingerprint', loadFingerprint, 'the review fingerprints');
    return status;
  }

  /** Whether the requirement in force keeps out an item of this status (a notice shows instead). */
  keptOut(status: ReviewStatus | undefined): boolean {
    return this.requirement() === 'clinical' && status?.kind !== 'reviewed';
  }
}
