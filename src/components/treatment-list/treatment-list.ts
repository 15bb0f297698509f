import { html, nothing, type TemplateResult } from 'lit';
import type { Reference, Topic, Treatment } from '../../model/index.js';
import { citationsIn } from '../../content/rich-text.js';
import { renderSources } from '../../render/sources.js';
import { provenanceLabel, renderProvenance } from '../../render/provenance.js';
import { renderHeading, subLevel } from '../../render/heading.js';
import { LimberTopicSection } from '../../element/topic-section.js';
import { renderQuote } from '../../render/quote.js';
import { renderSection } from '../../render/section.js';
import { renderReviewLine, renderReviewRequired } from '../../render/item-review.js';

/** The citation marker of the guideline behind a treatment's recommendation, if it has one. */
const recommendationCite = ({ recommendation }: Treatment): string => (recommendation ? `[^${recommendation.reference}]` : '');

/**
 * Treatments other than exercise, each with what the source says about it, any quotation
 * attributed to its expert (a real `<blockquote>` with name and role), how strongly a guideline
 * recommends it where one does (with the guideline cited), and an evidence note where later
 * guidance differs.
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
 * @csspart original - A translated quotation's original words, in a `<details>` under it.
 * @csspart provenance - Where the section, or an evidence note, comes from.
 * @csspart recommendation - How strongly a guideline recommends the treatment, with the guideline cited.
 * @csspart evidence - An evidence note: added by Limber beside the source's words, with its sources named.
 * @csspart sources - The section's own numbered sources.
 * @csspart reviewed - "Reviewed by …" under a treatment with a valid clinical sign-off, or that it changed since one.
 * @csspart review-required - The notice in place of a treatment that `require-review` keeps out.
 * @csspart problem - The development-mode problem notice.
 * @csspart review-due - "Due for review since …" when the content's next review date has passed (standalone only; inside another Limber element the outer one says it).
 *
 * @cssprop [--limber-section-heading-size=1.35em] - Size of the section heading.
 * @cssprop [--limber-quote-border=var(--limber-color-accent)] - The rule beside a quotation.
 */
export class LimberTreatmentList extends LimberTopicSection {
  protected override citedTexts({ treatments }: Topic): readonly string[] {
    return [treatments.intro, ...treatments.items.flatMap((t) => [t.description, t.evidenceNote ?? '', recommendationCite(t)])];
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const topic = this.source;
    if (!topic) return nothing;
    const level = this.resolvedHeadingLevel;
    const report = (message: string): void => this.problems.report(message);
    const { treatments } = topic;
    const m = this.messages;
    const rich = (text: string): unknown => this.rich(text, this.sources);
    /** The sources a note cites, in its order of citation. */
    const noteSources = (note: string): Reference[] =>
      citationsIn([note]).flatMap((id) => this.sources.filter((reference) => reference.id === id));
    const statuses = treatments.items.map((item) => this.clinical.status(topic, `treatment ${item.id}`, item));
    if (statuses.some((status) => status === undefined)) return nothing;
    return renderSection(
      this.root,
      level,
      this.text(treatments.heading),
      html`${renderProvenance(provenanceLabel(m, topic, 'source-article'))}
        <p>${rich(treatments.intro)}</p>
        <ul class="items" part="treatments">
          ${treatments.items.map((item, i) =>
            this.clinical.keptOut(statuses[i])
              ? html`<li>${renderReviewRequired(m, 'treatment', this.root)}</li>`
              : html`<li>
              ${renderHeading(subLevel(level), this.text(item.name), { className: 'item-heading' })}
              ${renderReviewLine(statuses[i], m)}
              <p>${rich(item.description)}</p>
              ${
                item.recommendation
                  ? html`<p class="recommendation" part="recommendation"><strong>${m.recommendationLabel}:</strong>
                      ${rich(`${m.recommendations[item.recommendation.strength]}${recommendationCite(item)}`)}</p>`
                  : nothing
              }
              ${item.quotes.map((quote) => renderQuote(quote, { people: topic.people, report, m, translation: topic.translation, lang: this.view.contentLang }))}
              ${
                item.evidenceNote
                  ? html`<div class="evidence" part="evidence">
                    ${renderProvenance(provenanceLabel(m, topic, 'added', noteSources(item.evidenceNote)))}
                    <p><strong>${m.evidenceNote}:</strong> ${rich(item.evidenceNote)}</p>
                  </div>`
                  : nothing
              }
            </li>`,
          )}
        </ul>
        ${renderSources(this.sources, m, subLevel(level), report, this.view.referenceLang)}`,
    );
  }
}
