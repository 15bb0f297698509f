import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Region } from '../../model/settings.js';
import { datedRows } from '../../render/review.js';
import { exercisesOf } from '../../content/catalog.js';
import { EXERCISE_GOALS, type Exercise, type ExerciseGoal, type Topic } from '../../model/index.js';
import { LimberHeadedElement } from '../../element/headed-element.js';
import { exerciseListStyles } from './exercise-list.styles.js';
import { withTopic } from '../../element/topic-attribute.js';

/**
 * A topic's exercises as a list of `<limber-exercise-card>`s, optionally only those with one goal.
 *
 * Red flags first: the topic's emergency care card comes before the first exercise (on screen and
 * on the printed handout), unless `emergency-above` says the page shows it earlier (the article
 * does). Its cards then leave out their own emergency line.
 *
 * Use it to place a topic's whole set (or one goal's share) on a page; use
 * `<limber-exercise-card>` for one exercise.
 *
 * @summary A topic's exercises as a list of cards, optionally one goal's share.
 * @tagname limber-exercise-list
 *
 * @csspart emergency - The emergency care card before the exercises (unless `emergency-above`).
 * @csspart list - The `<ul>` holding the cards.
 * @csspart item - Each `<li>`.
 * @csspart printed - On paper only: the page it was printed from and the content's dates.
 * @csspart problem - The development-mode problem notice.
 * @csspart review-due - "Due for review since …" when the content's next review date has passed (standalone only; inside another Limber element the outer one says it).
 *
 * @fires {CustomEvent<ExerciseStartDetail>} limber-exercise-start - From a card's guided mode (bubbles out; cancelable).
 * @fires {CustomEvent<ExerciseCompleteDetail>} limber-exercise-complete - From a card's guided mode (bubbles out).
 *
 * @cssprop [--limber-exercise-list-gap=var(--limber-space-m)] - Space between cards.
 * @cssprop [--limber-exercise-list-min-column=20em] - Narrowest card column before the grid wraps.
 */
export class LimberExerciseList extends withTopic(LimberHeadedElement) {
  static override styles = [...LimberHeadedElement.styles, exerciseListStyles];

  /** Show only exercises with this goal: `nerve-mobility`, `flexibility` or `strength`. */
  @property({ reflect: true })
  goal?: ExerciseGoal;

  /** Show every card in its compact form. */
  @property({ type: Boolean, reflect: true })
  compact = false;

  /** Passed to every card: remember on this device how many times today each exercise was done. */
  @property({ type: Boolean, reflect: true })
  remember = false;

  /** The page already shows the emergency signs before this list (as the article does): leave out its emergency card. */
  @property({ attribute: 'emergency-above', type: Boolean })
  emergencyAbove = false;

  /** `us`, `uk`, `ca`, `au` or `nz`, for the numbers in the emergency card; else the provider's region. */
  @property({ reflect: true })
  region?: Region;

  private items: readonly Exercise[] = [];
  private source?: Topic;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.items = [];
    const topic = this.content.topic(this.topic);
    this.topics.show(topic);
    this.source = topic;
    if (!topic) return;
    this.items = exercisesOf(topic, this.problems.oneOf('goal', this.goal, EXERCISE_GOALS, 'showing all'));
  }

  /** The page address for the printed line: known only in the browser, so it is CSS text, not DOM text. */
  private addressSheet?: CSSStyleSheet;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot;
    if (isServer || !(root instanceof ShadowRoot) || typeof CSSStyleSheet !== 'function') return;
    const words = JSON.stringify(`${this.messages.printedFrom(location.href)} · `).replace(/\n/g, ' ');
    if (!this.addressSheet) {
      this.addressSheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.addressSheet];
    }
    this.addressSheet.replaceSync(`@media print { .printed::before { content: ${words}; } }`);
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    if (this.items.length === 0) return nothing;
    const level = this.resolvedHeadingLevel;
    const m = this.messages;
    const dates = this.source?.dates;
    // On paper only: where the handout was printed from, and how current its content is.
    const printed = dates
      ? datedRows(m, dates, this.review.overdue(this.reviewed())).map(
          ({ term, date, after }) => `${term} ${m.date(date)}${after ? ` ${after}` : ''}`,
        )
      : [];
    const region = this.region ?? this.settings.region;
    const emergency =
      this.emergencyAbove || !this.source?.careAdvice.some((advice) => advice.level === 'emergency')
        ? nothing
        : html`<limber-care-card class="emergency" part="emergency" level="emergency" topic=${this.source.id} heading-level=${level}
            region=${ifDefined(region)} require-review=${ifDefined(this.requireReview)} lang=${this.root.lang}></limber-care-card>`;
    return html`${emergency}<ul class="list" part="list" role="list" aria-label=${this.messages.exercises} lang=${this.root.lang} dir=${this.root.dir}>
      ${this.items.map(
        (exercise) => html`<li part="item">
          <limber-exercise-card exercise=${exercise.id} heading-level=${level} ?compact=${this.compact} ?remember=${this.remember}
            emergency-above region=${ifDefined(region)} require-review=${ifDefined(this.requireReview)}>
          </limber-exercise-card>
        </li>`,
      )}
    </ul>
    <p class="printed" part="printed" lang=${this.root.lang} dir=${this.root.dir}>${printed.join(' · ')}</p>`;
  }
}
