import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CausesSection } from '../../content/model.js';
import { renderHeading, subLevel } from '../../base/heading.js';
import { LimberElement } from '../../base/limber-element.js';
import { renderSection } from '../../base/section.js';
import { sectionStyles } from '../../styles/section.styles.js';

/**
 * What causes the condition: an introduction, the reassurance that such changes are common
 * without symptoms (with its citation), and each cause with a short explanation.
 *
 * Use it to explain causes on their own or inside an article.
 *
 * @summary What causes the condition, with the source's reassurance.
 * @tagname limber-causes
 *
 * @csspart section - The `<section>`.
 * @csspart heading - The section heading.
 * @csspart reassurance - The reassurance paragraph.
 * @csspart causes - The list of causes.
 * @csspart problem - The development-mode problem notice.
 *
 * @cssprop [--limber-section-heading-size=1.35em] - Size of the section heading.
 */
export class LimberCauses extends LimberElement {
  static override styles = [...LimberElement.styles, sectionStyles];

  /** Id of the topic, e.g. `pinched-nerve-low-back`. */
  @property({ reflect: true })
  topic?: string;

  private section?: CausesSection;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.section = this.lookupTopic(this.topic)?.causes;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const section = this.section;
    if (!section) return nothing;
    const level = this.resolvedHeadingLevel;
    return renderSection(
      level,
      section.heading,
      html`<p>${this.rich(section.intro)}</p>
        <p class="reassurance" part="reassurance">${this.rich(section.reassurance)}</p>
        <ul class="items" part="causes">
          ${section.causes.map(
            (cause) => html`<li>
              ${renderHeading(subLevel(level), cause.name, { className: 'item-heading' })}
              <p>${this.rich(cause.description)}</p>
            </li>`,
          )}
        </ul>`,
    );
  }
}
