import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Person, Tip } from '../../model/index.js';
import { topicsFor } from '../../content/catalog.js';
import { LimberHeadedElement } from '../../element/headed-element.js';
import { renderHeading } from '../../render/heading.js';
import { renderQuote } from '../../render/quote.js';
import { provenanceLabel, renderProvenance } from '../../render/provenance.js';
import type { Topic } from '../../model/index.js';
import { sectionStyles } from '../../render/styles/section.styles.js';
import { renderReviewLine, renderReviewRequired } from '../../render/item-review.js';
import type { Setting } from '../../element/view.js';

/**
 * A callout such as the physical therapist's "Pre-treat with heat". Screen readers hear its kind
 * first ("Tip: …") through a visually hidden prefix, as NHS.UK callouts do; the visible label is
 * decorative so the kind is not announced twice.
 *
 * Use it for one short piece of advice set apart from the text; not for warnings about when to
 * get help (use `<limber-care-card>`).
 *
 * @summary A callout such as the physical therapist's tip.
 * @tagname limber-tip
 *
 * @csspart tip - The `<aside>`.
 * @csspart label - The visible kind label.
 * @csspart heading - The title.
 * @csspart provenance - Where the tip comes from, for a catalog tip ("From the Hinge Health article (2023)").
 * @csspart quote - A quotation with its caption.
 * @csspart original - A translated quotation's original words, in a `<details>` under it.
 * @csspart reviewed - "Reviewed by …" under a valid clinical sign-off, or that the tip changed since one.
 * @csspart review-required - The notice in place of a tip that `require-review` keeps out.
 * @csspart problem - The development-mode problem notice.
 * @csspart review-due - "Due for review since …" when the content's next review date has passed (standalone only; inside another Limber element the outer one says it).
 *
 * @cssprop [--limber-tip-background=var(--limber-color-surface-raised)] - Callout background.
 * @cssprop [--limber-tip-border=var(--limber-color-accent)] - The callout's side rule.
 */
export class LimberTip extends LimberHeadedElement {
  static override styles = [
    ...LimberHeadedElement.styles,
    sectionStyles,
    css`
      .tip {
        padding: var(--_space-m) var(--_space-l);
        border-inline-start: 0.5em solid var(--limber-tip-border, var(--_color-accent));
        border-radius: var(--_radius);
        background: var(--limber-tip-background, var(--_color-surface-raised));
      }
      .label {
        display: block;
        margin-block-end: var(--_space-xs);
        color: var(--_color-text-muted);
        font-size: 0.8125em;
        font-weight: 700;
        letter-spacing: 0.06em;
        text-transform: uppercase;
      }
      .tip > :last-child {
        margin-block-end: 0;
      }
      @media (forced-colors: active) {
        .tip {
          border: 2px solid CanvasText;
          border-inline-start-width: 0.5em;
        }
      }
      @media print {
        .tip {
          border-color: #000;
          background: none;
        }
      }
    `,
  ];

  /** Id of the tip in the catalog, e.g. `pre-treat-with-heat`. */
  @property({ reflect: true })
  tip?: string;

  /** A `Tip` supplied by the host; validated, and used instead of `tip`. Quotes name people in the catalog. */
  @property({ attribute: false })
  data?: Tip;

  private found?: { readonly tip: Tip; readonly people: readonly Person[]; readonly topic?: Topic };

  /** Given by id alone, it fetches only its tip's own topic (see `itemTopics`). */
  protected override item(): readonly [string, string | undefined] {
    return ['tip', this.tip];
  }

  protected override select({ content, locale }: Setting): Topic | undefined {
    if (this.data !== undefined) {
      const tip = this.validated(this.data, (v) => v.validateTip);
      // Quotes name people in the catalog: wait for it rather than report them unknown.
      const catalog = content.catalog;
      const people = catalog && topicsFor(catalog, locale).flatMap((t) => t.people);
      this.found = tip && people && { tip, people };
      return undefined;
    }
    const found = content.byId(
      this.tip,
      { attribute: 'tip', noun: 'tip' },
      (topic, id) => topic.tips.find((t) => t.id === id),
      this.itemTopics(),
    );
    this.found = found && { tip: found.value, people: found.topic.people, topic: found.topic };
    return found?.topic;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    if (!this.found) return nothing;
    const { tip, people, topic } = this.found;
    const status = this.clinical.status(topic, `tip ${tip.id}`, tip);
    if (!status) return nothing;
    if (this.clinical.keptOut(status)) return renderReviewRequired(this.messages, 'tip', this.root);
    const kind = this.messages.tipKinds[tip.kind];
    return html`<aside class="tip" part="tip" aria-labelledby="heading" lang=${this.root.lang} dir=${this.root.dir}>
      <span class="label" part="label" aria-hidden="true">${kind}</span>
      ${renderHeading(this.resolvedHeadingLevel, html`<span class="visually-hidden">${kind}: </span>${this.text(tip.title)}`, {
        id: 'heading',
        part: 'heading',
        className: 'item-heading',
      })}
      ${topic ? renderProvenance(provenanceLabel(this.messages, topic, 'source-article')) : nothing}
      ${renderReviewLine(status, this.messages)}
      <p>${this.rich(tip.body)}</p>
      ${tip.quotes.map((quote) =>
        renderQuote(quote, {
          people,
          report: (message) => this.problems.report(message),
          m: this.messages,
          translation: topic?.translation,
          lang: this.view.contentLang,
        }),
      )}
    </aside>`;
  }
}
