import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { exercisesOf } from '../../content/catalog.js';
import { EXERCISE_GOALS, type Exercise, type ExerciseGoal } from '../../content/model.js';
import { LimberHeadedElement } from '../../base/headed-element.js';
import { exerciseListStyles } from './exercise-list.styles.js';

/**
 * A topic's exercises as a list of `<limber-exercise-card>`s, optionally only those with one goal.
 *
 * Use it to place a topic's whole set (or one goal's share) on a page; use
 * `<limber-exercise-card>` for one exercise.
 *
 * @summary A topic's exercises as a list of cards, optionally one goal's share.
 * @tagname limber-exercise-list
 *
 * @csspart list - The `<ul>` holding the cards.
 * @csspart item - Each `<li>`.
 * @csspart problem - The development-mode problem notice.
 *
 * @cssprop [--limber-exercise-list-gap=var(--limber-space-m)] - Space between cards.
 * @cssprop [--limber-exercise-list-min-column=20em] - Narrowest card column before the grid wraps.
 */
export class LimberExerciseList extends LimberHeadedElement {
  static override styles = [...LimberHeadedElement.styles, exerciseListStyles];

  /** Id of the topic whose exercises to show, e.g. `pinched-nerve-low-back`. */
  @property({ reflect: true })
  topic?: string;

  /** Show only exercises with this goal: `nerve-mobility`, `flexibility` or `strength`. */
  @property({ reflect: true })
  goal?: ExerciseGoal;

  /** Show every card in its compact form. */
  @property({ type: Boolean, reflect: true })
  compact = false;

  private items: readonly Exercise[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.items = [];
    const topic = this.content.topic(this.topic);
    if (!topic) return;
    this.items = exercisesOf(topic, this.problems.oneOf('goal', this.goal, EXERCISE_GOALS, 'showing all'));
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    if (this.items.length === 0) return nothing;
    const level = this.resolvedHeadingLevel;
    return html`<ul class="list" part="list" role="list" aria-label=${this.messages.exercises} lang=${this.root.lang} dir=${this.root.dir}>
      ${this.items.map(
        (exercise) => html`<li part="item">
          <limber-exercise-card exercise=${exercise.id} heading-level=${level} ?compact=${this.compact}>
          </limber-exercise-card>
        </li>`,
      )}
    </ul>`;
  }
}
