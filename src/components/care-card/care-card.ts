import { messagesFor } from '../../i18n/registry.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  CARE_LEVELS as LEVELS,
  careSlot,
  type CareAdvice,
  type CareLevel,
  type CareOptionLevel,
  type Reference,
  type Topic,
} from '../../model/index.js';
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
import { announceOptionClick, emergencyOptionsGiven, refusedSlotted, renderCareOptions } from './care-options.js';
import type { Setting } from '../../element/view.js';

export type { CareOptionClickDetail } from './care-options.js';

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
 * **The host's care options** (a nurse line, video visits, physical therapy) show under the advice
 * of the non-urgent and urgent cards, after a line saying they come from the reader's plan or
 * employer: the provider's `careOptions` for the card's level, and the page's own markup in the
 * slot for the level (it shows without JavaScript where the card is pre-rendered). Their links must
 * be `tel:` or `https:`; one that is not hides the page's options, with one warning. The emergency
 * card takes none: children for `care-emergency` are refused with one warning.
 *
 * Under `require-review="clinical"` a card without a valid clinical sign-off is replaced by a
 * notice, except the emergency card: it always shows, saying it has not been clinically reviewed.
 *
 * @summary When to get help, with the right numbers to call and its own sources.
 * @tagname limber-care-card
 *
 * @slot care-non-urgent - The page's own care options on the non-urgent card: links (`tel:`, `https:`) with `data-kind` (`nurse-line`, `telehealth`, `physical-therapy`, `clinic`, `other`) and their words, starting with a line saying they come from the reader's plan or employer (the embed builder and the WordPress plugin write it).
 * @slot care-urgent - The same on the urgent card.
 *
 * @fires {CustomEvent<CareOptionClickDetail>} limber-care-option-click - When a reader follows a care option's link: `{ kind, level }`, no personal data. Bubbles and is composed; cancel it to cancel the navigation (and open your own flow).
 *
 * @csspart card - The card.
 * @csspart level-label - The level label inside the heading ("Emergency").
 * @csspart heading - The heading.
 * @csspart signs - The list of signs.
 * @csspart action - What to do.
 * @csspart care-options - The host's care options under the advice (non-urgent and urgent cards).
 * @csspart care-options-from - The line saying they come from the reader's plan or employer, not from the sources.
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
  /** Whether the page's slotted care options were refused (a link the URL policy refuses). */
  private slottedRefused = false;

  protected override select({ content, settings }: Setting): Topic | undefined {
    this.regionInForce = this.problems.oneOfOr('region', this.region, REGIONS, settings.region, 'using generic wording');
    if (this.data !== undefined) {
      this.advice = this.validated(this.data, (v) => v.validateCareAdvice);
      return undefined;
    }
    const found = this.fromTopic(content);
    this.advice = found?.advice;
    return found?.topic;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.sources = this.advice ? this.content.sources(careSourceIds(this.advice)) : [];
    if (this.advice?.level === 'emergency' && emergencyOptionsGiven(this)) {
      this.problems.report(
        'care options at the emergency level are refused (no host may add to, reorder or hide the emergency advice); not showing them',
      );
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // A pre-rendered card's slot was filled before it hydrated, so no slotchange will tell it.
    void Promise.resolve().then(() => this.checkSlotted());
  }

  /** Refuses the page's slotted options (with one warning) when a link among them fails the URL policy. */
  private checkSlotted(): void {
    if (this.slottedRefused || !this.advice || this.advice.level === 'emergency') return;
    const reason = refusedSlotted(this.renderRoot.querySelector<HTMLSlotElement>(`slot[name="${careSlot(this.advice.level)}"]`));
    if (reason === undefined) return;
    this.slottedRefused = true;
    this.problems.report(`a care option's link is refused: ${reason}; not showing the page's care options`);
    this.requestUpdate();
  }

  /** The provider's care options for `level`, then the slot for the page's own. */
  private renderCareOptions(level: CareOptionLevel): TemplateResult {
    const options = (this.settings.careOptions ?? []).filter((option) => option.levels.includes(level));
    return renderCareOptions(level, options, this.messages, !this.slottedRefused, this.onOptionClick, this.onSlotChange);
  }

  private readonly onSlotChange = (): void => this.checkSlotted();

  private readonly onOptionClick = (event: Event): void => {
    const level = this.advice?.level;
    if (level && level !== 'emergency') announceOptionClick(this, level, event);
  };

  /** The advice's own review dates where it has them, else its topic's. */
  protected override reviewed(): ReturnType<LimberHeadedElement['reviewed']> {
    const own = this.advice?.dates;
    return own ? { what: `${this.advice?.level ?? ''} care advice`, dates: own } : super.reviewed();
  }

  /** The topic's advice for `level`, with the topic it came from (for the provenance line). */
  private fromTopic(content: Setting['content']): { readonly advice?: CareAdvice; readonly topic?: Topic } | undefined {
    const level = this.problems.oneOf('level', this.level, LEVELS);
    if (level === undefined) {
      if (!this.level) this.problems.reportMissing(`set the "level" attribute to one of ${LEVELS.join(', ')}`);
      return undefined;
    }
    const topic = content.topic(this.topicWanted(), false);
    const advice = topic?.careAdvice.find((a) => a.level === level);
    if (topic && !advice) this.problems.report(`topic "${topic.id}" has no ${level} care advice`);
    return { advice, topic };
  }

  private fill(text: string): string {
    // In the words' own language: English advice on a Spanish page says "Call 911", not "al 911".
    const m = messagesFor(this.view.contentLang ?? this.locale) ?? this.messages;
    return text
      .replaceAll('{emergency-number}', m.emergencyNumber(this.regionInForce))
      .replaceAll('{emergency-place}', m.emergencyPlace(this.regionInForce))
      .replaceAll('{urgent-help}', m.urgentHelp(this.regionInForce));
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const advice = this.advice;
    if (!advice) return nothing;
    const status = this.clinical.status(this.view.topic, `care ${advice.level}`, advice);
    if (!status) return nothing;
    // Hiding red flags is never safer: the emergency card shows whatever the host requires.
    const held = this.clinical.keptOut(status);
    if (held && advice.level !== 'emergency') return renderReviewRequired(this.messages, 'care', this.root);
    const label = this.messages.careLevels[advice.level];
    const heading = html`<span class="level" part="level-label">${label}<span class="visually-hidden">:</span></span>
      <span class="heading-text">${this.text(advice.heading)}</span>`;
    const rich = (text: string): unknown => this.rich(text, this.sources);
    const level = this.resolvedHeadingLevel;
    return html`<section class=${`card ${advice.level}`} part="card" aria-labelledby="heading" lang=${this.root.lang} dir=${this.root.dir}>
      ${renderHeading(level, heading, { id: 'heading', part: 'heading', className: 'heading' })}
      ${this.view.topic ? renderProvenance(provenanceLabel(this.messages, this.view.topic, advice.provenance, this.sources)) : nothing}
      ${renderReviewLine(status, this.messages)}
      ${held ? html`<p class="review-status" part="review-status">${this.messages.emergencyAlwaysShown}</p>` : nothing}
      <ul class="signs" part="signs">${advice.signs.map((sign) => html`<li>${rich(signText(sign))}</li>`)}</ul>
      <p class="action" part="action">${rich(this.fill(advice.action))}</p>
      ${advice.level === 'emergency' ? nothing : this.renderCareOptions(advice.level)}
      ${renderSources(this.sources, this.messages, subLevel(level), (message) => this.problems.report(message), this.view.referenceLang)}
    </section>`;
  }
}
