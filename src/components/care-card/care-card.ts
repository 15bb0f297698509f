import { messagesFor } from '../../i18n/registry.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CARE_LEVELS as LEVELS, type CareAdvice, type CareLevel, type Reference } from '../../model/index.js';
import { careSourceIds } from '../../content/sources-of.js';
import { signText } from '../../content/care-signs.js';
import { REGIONS, type Region } from '../../model/settings.js';
import { LimberHeadedElement } from '../../element/headed-element.js';
import { renderHeading, subLevel } from '../../render/heading.js';
import { renderSources } from '../../render/sources.js';
import { provenanceLabel, renderProvenance } from '../../render/provenance.js';
import { careCardStyles } from './care-card.styles.js';
import { renderReviewLine, renderReviewRequired } from '../../render/item-review.js';
import { withTopic } from '../../element/topic-attribute.js';

/**
 * When to get help, at one level of urgency, from the topic's sourced care advice. The level is
 * said in words (a visible label that is part of the heading), not by colour alone; emergency
 * cards are heavy-bordered in every theme, in forced colours and in print.
 *
 * The numbers to call come from `region` (or the provider's): `us` 911 and the emergency room,
 * `uk` 999, A&E and NHS 111, `ca` 911 and the provincial health line (811 in most provinces),
 * `au` 000 and healthdirect, `nz` 111 and Healthline; with none (or one Limber does not know, with
 * a warning), the wording says "your local emergency number".
 *
 * Under `require-review="clinical"` a card without a valid clinical sign-off is replaced by a
 * notice, except the emergency card: it always shows, saying it has not been clinically reviewed.
 *
 * @summary When to get help, with the right numbers to call and its own sources.
 * @tagname limber-care-card
 *
 * @csspart card - The card.
 * @csspart level-label - The level label inside the heading ("Emergency").
 * @csspart heading - The heading.
 * @csspart signs - The list of signs.
 * @csspart action - What to do.
 * @csspart provenance - Where the advice comes from ("Added by Limber from NHS 111 Wales, Mayo Clinic").
 * @csspart sources - The card's own numbered sources, so it is complete without a page-level list.
 * @csspart problem - The development-mode problem notice.
 * @csspart reviewed - "Reviewed by …" under a valid clinical sign-off, or that the advice changed since one.
 * @csspart review-status - On the emergency card under `require-review`: that it has not been clinically reviewed and shows anyway.
 * @csspart review-required - The notice in place of a card that `require-review` keeps out.
 * @csspart review-due - "Due for review since …" when the content's next review date has passed (standalone only; inside another Limber element the outer one says it).
 *
 * @cssprop [--limber-care-card-non-urgent-color=var(--limber-color-accent)] - Non-urgent border and label.
 * @cssprop [--limber-care-card-urgent-color=var(--limber-color-warning-border)] - Urgent border and label.
 * @cssprop [--limber-care-card-emergency-color=var(--limber-color-danger)] - Emergency border and label background.
 * @cssprop [--limber-care-card-emergency-contrast=var(--limber-color-danger-contrast)] - Emergency label text.
 */
export class LimberCareCard extends withTopic(LimberHeadedElement) {
  static override styles = [...LimberHeadedElement.styles, careCardStyles];

  /** `non-urgent`, `urgent` or `emergency`. */
  @property({ reflect: true })
  level?: CareLevel;

  /** `us`, `uk`, `ca`, `au` or `nz`; overrides the provider's region. */
  @property({ reflect: true })
  region?: Region;

  /** `CareAdvice` supplied by the host; validated, and used instead of the topic's advice for `level`. */
  @property({ attribute: false })
  data?: CareAdvice;

  private advice?: CareAdvice;
  private sources: readonly Reference[] = [];
  private regionInForce?: Region;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.regionInForce = this.problems.oneOfOr('region', this.region, REGIONS, this.settings.region, 'using generic wording');
    this.advice = this.data !== undefined ? this.validated(this.data, (v) => v.validateCareAdvice) : this.fromTopic();
    this.sources = this.advice ? this.content.sources(careSourceIds(this.advice)) : [];
  }

  /** The advice's own review dates where it has them, else its topic's. */
  protected override reviewed(): ReturnType<LimberHeadedElement['reviewed']> {
    const own = this.advice?.dates;
    return own ? { what: `${this.advice?.level ?? ''} care advice`, dates: own } : super.reviewed();
  }

  /** The topic's advice for `level`, remembering the topic for the provenance line. */
  private fromTopic(): CareAdvice | undefined {
    const level = this.problems.oneOf('level', this.level, LEVELS);
    if (level === undefined) {
      if (!this.level) this.problems.reportMissing(`set the "level" attribute to one of ${LEVELS.join(', ')}`);
      return undefined;
    }
    const topic = this.content.topic(this.topic, false);
    this.topics.show(topic);
    const advice = topic?.careAdvice.find((a) => a.level === level);
    if (topic && !advice) this.problems.report(`topic "${topic.id}" has no ${level} care advice`);
    return advice;
  }

  private fill(text: string): string {
    // In the words' own language: English advice on a Spanish page says "Call 911", not "al 911".
    const m = messagesFor(this.topics.fallbackLang ?? this.locale) ?? this.messages;
    return text
      .replaceAll('{emergency-number}', m.emergencyNumber(this.regionInForce))
      .replaceAll('{emergency-place}', m.emergencyPlace(this.regionInForce))
      .replaceAll('{urgent-help}', m.urgentHelp(this.regionInForce));
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const advice = this.advice;
    if (!advice) return nothing;
    const status = this.itemReview(this.topics.shown, `care ${advice.level}`, advice);
    if (!status) return nothing;
    // Hiding red flags is never safer: the emergency card shows whatever the host requires.
    const held = this.keptOut(status);
    if (held && advice.level !== 'emergency') return renderReviewRequired(this.messages, 'care', this.root);
    const label = this.messages.careLevels[advice.level];
    const heading = html`<span class="level" part="level-label">${label}<span class="visually-hidden">:</span></span>
      <span class="heading-text">${this.text(advice.heading)}</span>`;
    const rich = (text: string): unknown => this.rich(text, this.sources);
    const level = this.resolvedHeadingLevel;
    return html`<section class=${`card ${advice.level}`} part="card" aria-labelledby="heading" lang=${this.root.lang} dir=${this.root.dir}>
      ${renderHeading(level, heading, { id: 'heading', part: 'heading', className: 'heading' })}
      ${this.topics.shown ? renderProvenance(provenanceLabel(this.messages, this.topics.shown, advice.provenance, this.sources)) : nothing}
      ${renderReviewLine(status, this.messages)}
      ${held ? html`<p class="review-status" part="review-status">${this.messages.emergencyAlwaysShown}</p>` : nothing}
      <ul class="signs" part="signs">${advice.signs.map((sign) => html`<li>${rich(signText(sign))}</li>`)}</ul>
      <p class="action" part="action">${rich(this.fill(advice.action))}</p>
      ${renderSources(this.sources, this.messages, subLevel(level), (message) => this.problems.report(message), this.topics.referenceLang)}
    </section>`;
  }
}
