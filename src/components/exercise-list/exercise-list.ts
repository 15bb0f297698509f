import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Region } from '../../model/settings.js';
import { datedRows } from '../../render/review.js';
import { exercisesOf } from '../../content/catalog.js';
import { citationsIn } from '../../content/rich-text.js';
import { CARE_LEVELS, EXERCISE_GOALS, type Exercise, type ExerciseGoal, type Topic } from '../../model/index.js';
import { renderBeforeYouStart, renderCareCards, renderWhenToGetHelp } from '../../render/care-first.js';
import { renderSources } from '../../render/sources.js';
import { subLevel } from '../../render/heading.js';
import { LimberHeadedElement } from '../../element/headed-element.js';
import { exerciseListStyles } from './exercise-list.styles.js';
import { careFirstStyles } from '../../render/styles/care-first.styles.js';
import { withTopic } from '../../element/topic-attribute.js';
import type { Setting } from '../../element/view.js';

/**
 * A topic's exercises as a list of `<limber-exercise-card>`s, optionally only those with one goal.
 *
 * Red flags first: before the first exercise (on screen and on the printed handout) comes "When to
 * get help", the topic's care cards, the emergency card first, then the urgent and non-urgent ones;
 * then "Before you start", the topic's safety lines (an injury, pregnancy, when to stop), and
 * the exercise disclaimer. `emergency-above` says the page shows all of that earlier (the article
 * does): the list then leaves it out. Its cards always leave out their own emergency line.
 *
 * Use it to place a topic's whole set (or one goal's share) on a page; use
 * `<limber-exercise-card>` for one exercise.
 *
 * @summary A topic's exercises as a list of cards, optionally one goal's share.
 * @tagname limber-exercise-list
 *
 * @csspart when-to-get-help - "When to get help" and its care cards, before the exercises (unless `emergency-above`).
 * @csspart care - Each care card in it, most urgent first.
 * @csspart emergency - The emergency care card among them.
 * @csspart before-you-start - The safety lines before the first exercise, with their sources.
 *
 * @slot care-non-urgent - The page's own care options, passed to the non-urgent care card (see `<limber-care-card>`).
 * @slot care-urgent - The same, for the urgent care card.
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
  static override styles = [...LimberHeadedElement.styles, careFirstStyles, exerciseListStyles];

  /** Show only exercises with this goal: `nerve-mobility`, `flexibility` or `strength`. */
  @property({ reflect: true })
  goal?: ExerciseGoal;

  /** Show every card in its compact form. */
  @property({ type: Boolean, reflect: true })
  compact = false;

  /** Passed to every card: remember on this device how many times today each exercise was done. */
  @property({ type: Boolean, reflect: true })
  remember = false;

  /**
   * The page already shows when to get help and the safety lines before this list (as the article
   * does): leave out the list's own. Set it only when that is true.
   */
  @property({ attribute: 'emergency-above', type: Boolean })
  emergencyAbove = false;

  /** `us`, `uk`, `ca`, `au` or `nz`, for the numbers in the care cards; else the provider's region. */
  @property({ reflect: true })
  region?: Region;

  private items: readonly Exercise[] = [];
  private source?: Topic;

  protected override select({ content }: Setting): Topic | undefined {
    this.items = [];
    const topic = content.topic(this.topicWanted());
    this.source = topic;
    if (topic) this.items = exercisesOf(topic, this.problems.oneOf('goal', this.goal, EXERCISE_GOALS, 'showing all'));
    return topic;
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

  /** Before the first exercise: every care card, then "Before you start" with its sources, then the exercise disclaimer. */
  private renderCareFirst(topic: Topic, level: number, region: Region | undefined): TemplateResult {
    const sources = this.content.sources(citationsIn(topic.exercises.safety));
    const report = (message: string): void => this.problems.report(message);
    const { lang, dir } = this.root;
    return html`<div class="care-first" lang=${lang} dir=${dir}>
      ${renderWhenToGetHelp(
        this.messages,
        level,
        renderCareCards(CARE_LEVELS, { topic, level: subLevel(level), region, requireReview: this.requireReview, lang }),
      )}
      ${renderBeforeYouStart(
        this.messages,
        topic.exercises.safety,
        (text) => this.rich(text, sources),
        level,
        renderSources(sources, this.messages, subLevel(level), report, this.view.referenceLang),
      )}
      ${
        topic.disclaimers.some((disclaimer) => disclaimer.kind === 'exercise')
          ? html`<limber-disclaimer kind="exercise" topic=${topic.id}></limber-disclaimer>`
          : nothing
      }
    </div>`;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    if (this.items.length === 0) return nothing;
    const level = this.resolvedHeadingLevel;
    const m = this.messages;
    // On paper only: where the handout was printed from, and how current its content is.
    const printed = this.source
      ? datedRows(m, this.source, this.review.overdue(this.reviewed())).map(
          ({ term, date, after }) => `${term} ${m.date(date)}${after ? ` ${after}` : ''}`,
        )
      : [];
    const region = this.region ?? this.settings.region;
    const first = this.emergencyAbove || !this.source ? nothing : this.renderCareFirst(this.source, level, region);
    return html`${first}<ul class="list" part="list" role="list" aria-label=${this.messages.exercises} lang=${this.root.lang} dir=${this.root.dir}>
      ${this.items.map(
        (exercise) => html`<li part="item">
          <limber-exercise-card exercise=${exercise.id} topic=${ifDefined(this.source?.id)} heading-level=${level} ?compact=${this.compact} ?remember=${this.remember}
            emergency-above region=${ifDefined(region)} require-review=${ifDefined(this.requireReview)}>
          </limber-exercise-card>
        </li>`,
      )}
    </ul>
    <p class="printed" part="printed" lang=${this.root.lang} dir=${this.root.dir}>${printed.join(' · ')}</p>`;
  }
}
