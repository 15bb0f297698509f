import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Exercise, Reference, Topic } from '../../content/model.js';
import { renderHeading, subLevel } from '../../base/heading.js';
import { LimberHeadedElement } from '../../base/headed-element.js';
import type { RichText } from '../../base/rich-text.js';
import { renderDosage } from './dosage.js';
import { renderMedia } from './media.js';
import { renderSources } from '../../base/sources.js';
import { provenanceLabel, renderProvenance } from '../../base/provenance.js';
import { exerciseCardStyles } from './exercise-card.styles.js';

/**
 * One exercise: its goal, starting position, ordered steps, dosage in words, a clearly marked
 * "stop if" list, an optional captioned video, and the sources it is written from.
 *
 * Use it to show a single exercise anywhere on a page; use `<limber-exercise-list>` for a topic's
 * whole set. Give it an `exercise` id from the catalog, or set `data` to your own `Exercise`
 * (validated; `data` wins over `exercise`).
 *
 * @summary One exercise: goal, starting position, steps, dosage in words, "stop and get advice if", optional captioned video, sources.
 * @tagname limber-exercise-card
 *
 * @csspart card - The outer `<article>`.
 * @csspart name - The exercise name heading.
 * @csspart goal - The goal badge.
 * @csspart provenance - Where the exercise comes from ("Added by Limber from NHS inform"), for catalog exercises.
 * @csspart summary - The short description.
 * @csspart start - The starting position section.
 * @csspart steps - The ordered list of steps.
 * @csspart dosage - The dosage section.
 * @csspart stop-if - The "stop and get advice if" warning.
 * @csspart media - The video figure.
 * @csspart sources - The list of sources.
 * @csspart cite - A citation marker link.
 * @csspart link - A link inside the text.
 * @csspart problem - The development-mode problem notice.
 *
 * @cssprop [--limber-exercise-card-background=var(--limber-color-surface)] - Card background.
 * @cssprop [--limber-exercise-card-color=var(--limber-color-text)] - Card text colour.
 * @cssprop [--limber-exercise-card-border-color=var(--limber-color-border)] - Card border colour.
 * @cssprop [--limber-exercise-card-radius=var(--limber-radius)] - Card corner radius.
 * @cssprop [--limber-exercise-card-padding=var(--limber-space-l)] - Space inside the card.
 * @cssprop [--limber-exercise-card-accent=var(--limber-color-accent)] - Goal badge and step numbers.
 * @cssprop [--limber-exercise-card-warning-border=var(--limber-color-warning-border)] - "Stop if" border.
 * @cssprop [--limber-exercise-card-warning-background=var(--limber-color-warning-surface)] - "Stop if" background.
 */
export class LimberExerciseCard extends LimberHeadedElement {
  static override styles = [...LimberHeadedElement.styles, exerciseCardStyles];

  /** Id of an exercise in the catalog, e.g. `sciatic-nerve-glide`. */
  @property({ reflect: true })
  exercise?: string;

  /** An `Exercise` supplied by the host; validated, and used instead of `exercise`. */
  @property({ attribute: false })
  data?: Exercise;

  /** A denser card without the summary and video. */
  @property({ type: Boolean, reflect: true })
  compact = false;

  /** The exercise to show this render, or undefined when there is none. */
  private current?: Exercise;
  /** The topic a catalog exercise belongs to (its provenance); none for host `data`. */
  private topic?: Topic;
  private sources: readonly Reference[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.topic = undefined;
    this.current = this.resolveExercise();
    this.sources = this.current ? this.content.sources(this.current.references) : [];
  }

  private resolveExercise(): Exercise | undefined {
    if (this.data !== undefined) return this.validated(this.data, (v) => v.validateExercise);
    const entry = this.content.byId(this.exercise, { attribute: 'exercise', noun: 'exercise', orData: true }, (topic, id) => {
      const exercise = topic.exercises.items.find((e) => e.id === id);
      return exercise && { exercise, topic };
    });
    this.topic = entry?.topic;
    return entry?.exercise;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const exercise = this.current;
    if (!exercise) return nothing;
    const m = this.messages;
    const level = this.resolvedHeadingLevel;
    const sub = subLevel(level);
    const rich = (text: string): RichText => this.rich(text, this.sources);
    return html`<article class="card" part="card" aria-labelledby="name" lang=${this.root.lang} dir=${this.root.dir}>
      <header class="header">
        ${renderHeading(level, this.text(exercise.name), { id: 'name', part: 'name', className: 'name' })}
        <p class="goal" part="goal">${m.goal}: ${m.goals[exercise.goal]}</p>
      </header>
      ${this.topic ? renderProvenance(provenanceLabel(m, this.topic, 'added', this.sources)) : nothing}
      ${exercise.summary && !this.compact ? html`<p class="summary" part="summary">${rich(exercise.summary)}</p>` : nothing}
      <section class="start" part="start">
        ${renderHeading(sub, m.startingPosition)}
        <p>${rich(exercise.startingPosition)}</p>
      </section>
      <section class="steps-section">
        ${renderHeading(sub, m.steps)}
        <ol class="steps" part="steps">${exercise.steps.map((step) => html`<li>${rich(step)}</li>`)}</ol>
      </section>
      ${renderDosage(exercise.dosage, m, sub, rich)}
      <section class="stop-if" part="stop-if">
        ${renderHeading(
          sub,
          html`<span class="alert-icon stop-icon" aria-hidden="true"></span><span
            class="visually-hidden">${m.warningPrefix}</span>${m.stopIf}`,
        )}
        <ul>${exercise.stopIf.map((item) => html`<li>${rich(item)}</li>`)}</ul>
      </section>
      ${exercise.media && !this.compact ? renderMedia(exercise.media, m, sub, rich, (message) => this.problems.report(message)) : nothing}
      ${renderSources(this.sources, m, sub, (message) => this.problems.report(message), this.referenceLang)}
    </article>`;
  }
}
