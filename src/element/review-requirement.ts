import { property } from 'lit/decorators.js';
import { REVIEW_REQUIREMENTS, type ReviewRequirement } from '../model/settings.js';
import { ClinicalReview } from './clinical-review.js';
import type { LimberElement } from './limber-element.js';
import type { ElementClass } from './topic-attribute.js';

/** What `withReviewRequirement` adds to an element. */
export interface ReviewRequiring {
  requireReview?: ReviewRequirement;
  /** @internal The clinical review behaviour: `status(topic, key, item)`, `keptOut(status)`, `requirement()`. */
  readonly clinical: ClinicalReview;
}

/**
 * Adds `require-review`, written once for every element that shows items a clinician signs off
 * (exercises, care levels, treatments, tips, causes), and the clinical review behaviour that
 * reads it (`clinical`, see `ClinicalReview`).
 */
export function withReviewRequirement<B extends ElementClass<LimberElement>>(base: B): ElementClass<ReviewRequiring> & B {
  abstract class ReviewRequiringElement extends base {
    /**
     * `clinical`: show only items with a valid clinical sign-off, each other one replaced by a
     * notice (the emergency care level always shows, with its status). Unset: the provider's.
     */
    @property({ attribute: 'require-review', reflect: true })
    requireReview?: ReviewRequirement;

    /** @internal */
    readonly clinical = new ClinicalReview(
      () =>
        this.problems.oneOfOr('require-review', this.requireReview, REVIEW_REQUIREMENTS, this.settings.requireReview, 'requiring nothing'),
      (key, load, what) => this.loading.load(key, load, what),
    );
  }
  return ReviewRequiringElement;
}
