import type { PropertyValues } from 'lit';
import type { ReviewDates, Topic } from '../model/index.js';
import { REVIEW_REQUIREMENTS, type ReviewRequirement } from '../model/settings.js';
import { reviewStatus, type ReviewStatus } from '../content/sign-off.js';
import { loadFingerprint, loadedFingerprint } from '../content/fingerprints.js';
import { property } from 'lit/decorators.js';
import { LimberElement } from './limber-element.js';
import { DEFAULT_HEADING_LEVEL, headingLevelConverter, isHeadingLevel } from '../render/heading.js';
import { focusHeadingElement } from '../render/motion.js';

/**
 * A Limber element that renders a heading (its own, or a nested element's): adds `heading-level`, the level in
 * force (attribute, else the provider's heading base, else the element's default) and
 * `focusHeading()`. Headed elements show the items a clinician signs off (exercises, care levels,
 * treatments, tips, causes), so they also take `require-review` and find each item's review status.
 */
export abstract class LimberHeadedElement extends LimberElement {
  /**
   * Level (1-6) of the element's top heading. Defaults to the provider's heading base, or 3.
   * Values outside 1-6 are reported and the default is used.
   */
  @property({ attribute: 'heading-level', converter: headingLevelConverter })
  headingLevel?: number;

  /**
   * `clinical`: show only items with a valid clinical sign-off, each other one replaced by a
   * notice (the emergency care level always shows, with its status). Unset: the provider's.
   */
  @property({ attribute: 'require-review', reflect: true })
  requireReview?: ReviewRequirement;

  /** The requirement in force: the attribute (when valid), else the provider's. */
  protected get reviewRequirement(): ReviewRequirement | undefined {
    return this.problems.oneOfOr(
      'require-review',
      this.requireReview,
      REVIEW_REQUIREMENTS,
      this.settings.requireReview,
      'requiring nothing',
    );
  }

  /**
   * An item's clinical review status (`key` as `SOURCES.md` names items: `exercise bridge`), from
   * the sign-offs of the topic it was found in (none for host `data`: unreviewed); undefined while
   * the fingerprint chunk, which content with sign-offs needs, is on its way (the element renders
   * again when it arrives).
   */
  protected itemReview(topic: Topic | undefined, key: string, item: unknown): ReviewStatus | undefined {
    const status = reviewStatus(topic, key, item, loadedFingerprint());
    if (!status) this.loading.load('fingerprint', loadFingerprint, 'the review fingerprints');
    return status;
  }

  /** Whether the requirement in force keeps out an item of this review status (it shows a notice instead). */
  protected keptOut(status: ReviewStatus | undefined): boolean {
    return this.reviewRequirement === 'clinical' && status?.kind !== 'reviewed';
  }

  /** The level of this element's top heading when neither attribute nor provider sets one. */
  protected get defaultHeadingLevel(): number {
    return DEFAULT_HEADING_LEVEL;
  }

  /** A headed element shows the review dates of the topic it shows (an item's own, where it has them). */
  protected override reviewed(): { readonly what: string; readonly dates: ReviewDates } | undefined {
    const topic = this.topics.shown;
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.headingLevel !== undefined && !isHeadingLevel(this.headingLevel)) {
      const raw = this.getAttribute('heading-level') ?? String(this.headingLevel);
      this.problems.report(`heading-level "${raw}" is not a whole number from 1 to 6; using ${this.resolvedHeadingLevel}`);
    }
  }
}
