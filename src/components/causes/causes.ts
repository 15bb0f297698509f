import { html, nothing, type TemplateResult } from 'lit';
import type { Topic } from '../../model/index.js';
import { renderSources } from '../../render/sources.js';
import { provenanceLabel, renderProvenance } from '../../render/provenance.js';
import { renderHeading, subLevel } from '../../render/heading.js';
import { LimberTopicSection } from '../../element/topic-section.js';
import { renderSection } from '../../render/section.js';
import { renderReviewLine, renderReviewRequired } from '../../render/item-review.js';

/**
 * What causes the condition: an introduction, the reassurance that such changes are common
 * without symptoms (with its citation), and each cause with a short explanation.
 *
 * Use it to explain causes on their own or inside an article.
 *
 * @summary What causes the condition, with the source's reassurance and citation.
 * @tagname limber-causes
 *
 * @csspart section - The `<section>`.
 * @csspart heading - The section heading.
 * @csspart provenance - Where the section comes from ("From the Hinge Health article (2023)").
 * @csspart reassurance - The reassurance paragraph.
 * @csspart sources - The section's own numbered sources.
 * @csspart causes - The list of causes.
 * @csspart reviewed - "Reviewed by …" under a valid clinical sign-off, or that the section changed since one.
 * @csspart review-required - The notice in place of the section when `require-review` keeps it out.
 * @csspart problem - The development-mode problem notice.
 * @csspart review-due - "Due for review since …" when the content's next review date has passed (standalone only; inside another Limber element the outer one says it).
 *
 * @cssprop [--limber-section-heading-size=1.35em] - Size of the section heading.
 */
export class LimberCauses extends LimberTopicSection {
  protected override citedTexts({ causes }: Topic): readonly string[] {
    return [causes.intro, causes.reassurance, ...causes.causes.map((c) => c.description)];
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const topic = this.source;
    if (!topic) return nothing;
    const section = topic.causes;
    const status = this.clinical.status(topic, 'causes', section);
    if (!status) return nothing;
    if (this.clinical.keptOut(status)) return renderReviewRequired(this.messages, 'causes', this.root);
    const level = this.resolvedHeadingLevel;
    const rich = (text: string): unknown => this.rich(text, this.sources);
    return renderSection(
      this.root,
      level,
      this.text(section.heading),
      html`${renderProvenance(provenanceLabel(this.messages, topic, 'source-article'))}
        ${renderReviewLine(status, this.messages)}
        <p>${rich(section.intro)}</p>
        <p class="reassurance" part="reassurance">${rich(section.reassurance)}</p>
        <ul class="items" part="causes">
          ${section.causes.map(
            (cause) => html`<li>
              ${renderHeading(subLevel(level), this.text(cause.name), { className: 'item-heading' })}
              <p>${rich(cause.description)}</p>
            </li>`,
          )}
        </ul>
        ${renderSources(this.sources, this.messages, subLevel(level), (message) => this.problems.report(message), this.view.referenceLang)}`,
    );
  }
}
