import type { PropertyValues } from 'lit';
import type { ReviewDates } from '../content/model.js';
import { property } from 'lit/decorators.js';
import { LimberElement } from './limber-element.js';
import { DEFAULT_HEADING_LEVEL, headingLevelConverter, isHeadingLevel } from './heading.js';
import { focusHeadingElement } from './motion.js';

/**
 * A Limber element that renders a heading (`id="heading"`): adds `heading-level`, the level in
 * force (attribute, else the provider's heading base, else the element's default) and
 * `focusHeading()`.
 */
export abstract class LimberHeadedElement extends LimberElement {
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
    const topic = this.shownTopic;
    return topic && { what: `topic "${topic.id}" (${topic.locale})`, dates: topic.dates };
  }

  /** The heading level in force: attribute, else provider base, else the element's default. */
  protected get resolvedHeadingLevel(): number {
    if (this.headingLevel !== undefined && isHeadingLevel(this.headingLevel)) return this.headingLevel;
    const base = this.settings.headingBase;
    return base !== undefined && isHeadingLevel(base) ? base : this.defaultHeadingLevel;
  }

  /**
   * Moves focus to the element's top heading (made focusable for the purpose) and scrolls it into
   * view; used by contents links, which cannot cross shadow roots by fragment.
   */
  focusHeading(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('#heading');
    if (heading) focusHeadingElement(heading);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.headingLevel !== undefined && !isHeadingLevel(this.headingLevel)) {
      const raw = this.getAttribute('heading-level') ?? String(this.headingLevel);
      this.problems.report(`heading-level "${raw}" is not a whole number from 1 to 6; using ${this.resolvedHeadingLevel}`);
    }
  }
}
