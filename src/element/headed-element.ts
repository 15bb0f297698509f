import type { ReviewDates } from '../model/index.js';
import { property } from 'lit/decorators.js';
import { LimberElement } from './limber-element.js';
import { withReviewRequirement } from './review-requirement.js';
import { DEFAULT_HEADING_LEVEL, headingLevelConverter, isHeadingLevel } from '../render/heading.js';
import { focusHeadingElement } from '../render/motion.js';

/**
 * A Limber element that renders a heading (its own, or a nested element's): adds `heading-level`, the level in
 * force (attribute, else the provider's heading base, else the element's default) and
 * `focusHeading()`. Headed elements show the items a clinician signs off, so they also take
 * `require-review`: clinical review is a behaviour of its own (`withReviewRequirement`, `ClinicalReview`),
 * tested alone, as the heading level is.
 */
export abstract class LimberHeadedElement extends withReviewRequirement(LimberElement) {
  /**
   * Level (1-6) of the element's top heading. Defaults to the provider's heading base, or 3.
   * Values outside 1-6 are reported and the default is used.
   */
  @property({ attribute: 'heading-level', converter: headingLevelConverter })
  headingLevel?: number;

  /** The level of this element's top heading when neither attribute nor provider sets one. */
  protected get defaultHeadingLevel(): number {
    return DEFAULT_HEADING_LEVEL;
  }

  /** A headed element shows the review dates of the topic it shows (an item's own, where it has them). */
  protected override reviewed(): { readonly what: string; readonly dates: ReviewDates } | undefined {
    const topic = this.view.topic;
    return topic && { what: `topic "${topic.id}" (${topic.locale})`, dates: topic.dates };
  }

  /** The heading level in force: attribute, else provider base, else the element's default. */
  protected get resolvedHeadingLevel(): number {
    if (this.headingLevel !== undefined && isHeadingLevel(this.headingLevel)) return this.headingLevel;
    const base = this.settings.headingBase;
    return base !== undefined && isHeadingLevel(base) ? base : this.defaultHeadingLevel;
  }

  /**
   * Moves focus to the element's first heading (made focusable for the purpose) and scrolls it
   * into view; used by contents links, which cannot cross shadow roots by fragment. An element
   * whose first heading is a nested element's (a list's first card) asks that element.
   */
  focusHeading(): void {
    const first = this.renderRoot.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6, [heading-level]');
    if (first instanceof LimberHeadedElement) first.focusHeading();
    else if (first) focusHeadingElement(first);
  }

  protected override checkAttributes(): void {
    super.checkAttributes();
    if (this.headingLevel !== undefined && !isHeadingLevel(this.headingLevel)) {
      const raw = this.getAttribute('heading-level') ?? String(this.headingLevel);
      this.problems.report(`heading-level "${raw}" is not a whole number from 1 to 6; using ${this.resolvedHeadingLevel}`);
    }
  }
}
