import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Topic } from '../../content/model.js';
import { renderHeading, subLevel } from '../../base/heading.js';
import { LimberElement } from '../../base/limber-element.js';
import { renderQuote } from '../../base/quote.js';
import { renderSection } from '../../base/section.js';
import { sectionStyles } from '../../styles/section.styles.js';

/**
 * Treatments other than exercise, each with what the source says about it, any quotation
 * attributed to its expert (a real `<blockquote>` with name and role), and an evidence note
 * where later guidance differs.
 *
 * Use it to list self-care options on their own or inside an article.
 *
 * @summary Other treatments, with attributed quotes and evidence notes.
 * @tagname limber-treatment-list
 *
 * @csspart section - The `<section>`.
 * @csspart heading - The section heading.
 * @csspart treatments - The list of treatments.
 * @csspart quote - A quotation with its caption.
 * @csspart evidence - An evidence note.
 * @csspart problem - The development-mode problem notice.
 *
 * @cssprop [--limber-section-heading-size=1.35em] - Size of the section heading.
 * @cssprop [--limber-quote-border=var(--limber-color-accent)] - The rule beside a quotation.
 */
export class LimberTreatmentList extends LimberElement {
  static override styles = [...LimberElement.styles, sectionStyles];

  /** Id of the topic, e.g. `pinched-nerve-low-back`. */
  @property({ reflect: true })
  topic?: string;

  private source?: Topic;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.source = this.lookupTopic(this.topic);
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const topic = this.source;
    if (!topic) return nothing;
    const level = this.resolvedHeadingLevel;
    const report = (message: string): void => this.report(message);
    const { treatments } = topic;
    return renderSection(
      level,
      treatments.heading,
      html`<p>${this.rich(treatments.intro)}</p>
        <ul class="items" part="treatments">
          ${treatments.items.map(
            (item) => html`<li>
              ${renderHeading(subLevel(level), item.name, { className: 'item-heading' })}
              <p>${this.rich(item.description)}</p>
              ${item.quotes.map((quote) => renderQuote(quote, topic.people, report))}
              ${item.evidenceNote
                ? html`<p class="evidence" part="evidence"><strong>${this.messages.evidenceNote}:</strong>
                    ${this.rich(item.evidenceNote)}</p>`
                : nothing}
            </li>`,
          )}
        </ul>`,
    );
  }
}
