import { isServer, nothing, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Exercise, Pose, Reference, Topic } from '../../model/index.js';
import { exerciseSourceIds } from '../../content/sources-of.js';
import { REGIONS, type Region } from '../../model/settings.js';
import { renderReviewLine, renderReviewRequired } from '../../render/item-review.js';
import { renderCareFirst } from './care-first.js';
import { citationsIn } from '../../content/rich-text.js';
import { careFirstStyles } from '../../render/styles/care-first.styles.js';
import { prefersReducedMotion } from '../../render/motion.js';
import { frameForStep, loadFigures, loadedFigures, renderFigure } from './figure/frames.js';
import { GuidedLauncher } from './guided-launcher.js';
import { headingTag, subLevel } from '../../render/heading.js';
// This file's html`` is lit/static-html's, so a heading's tag can be part of the card's template.
import { html } from 'lit/static-html.js';
import { LimberHeadedElement } from '../../element/headed-element.js';
import type { RichText } from '../../render/rich-text.js';
import { renderDosage } from './dosage.js';
import { renderMedia } from './media.js';
import { renderSources } from '../../render/sources.js';
import { provenanceLabel, renderProvenance } from '../../render/provenance.js';
import { exerciseCardStyles } from './exercise-card.styles.js';
import type { ExerciseStartDetail } from './events.js';
import { figureStyles } from './figure/figure.styles.js';
import { GUIDED_PACES, type GuidedPace } from './paces.js';
import type { Setting } from '../../element/view.js';

export type { ExerciseCompleteDetail, ExerciseStartDetail, ExerciseStopDetail } from './events.js';

type FigureMotion = InstanceType<NonNullable<ReturnType<typeof loadedFigures>>['FigureMotion']>;
type Draw = (index: number) => SVGTemplateResult;

/**
 * One exercise: its goal, starting position, ordered steps, dosage in words, a clearly marked
 * "stop if" list, an optional captioned video, and the sources it is written from.
 *
 * Use it to show a single exercise anywhere on a page; use `<limber-exercise-list>` for a topic's
 * whole set. Give it an `exercise` id from the catalog, or set `data` to your own `Exercise`
 * (validated; `data` wins over `exercise`).
 *
 * Red flags first: a catalog exercise opens with one line, "If you have any emergency sign, call
 * 911 now", the topic's emergency care card, open, and its urgent and non-urgent care one press
 * away ("When to see a doctor"), then "Before you start", the topic's safety lines; unless
 * `emergency-above` says the page shows all of that before it (the article and the exercise list
 * set it on their cards). A host `data` exercise has no topic to take them from: the host shows them.
 *
 * Under `require-review="clinical"` an exercise without a valid clinical sign-off is replaced by a
 * notice.
 *
 * **Guided mode** (Start): hands-free by default, so a reader lying on the floor presses once. It
 * says "get into the starting position", then moves through steps, holds, repetitions, sets and
 * rests by itself, timing and counting only what the dose states. Pause, Back, Stop and "This makes
 * it worse" stay one tap away (and on the keyboard); the pace (`guided-pace`, or the reader's
 * choice) can be slower, or wait for a press at each step. Sound, vibration and reading the steps
 * aloud (the browser's speech, in the card's language, where the device has a voice for it) are
 * opt-in; while it reads aloud, the polite live region keeps quiet, so the two never talk at once.
 * After each set and at the end it shows what to stop for; "This makes it worse" stops it and
 * shows the exercise's stop-if advice and the non-urgent care advice. Nothing is stored unless
 * `remember` is on. Where the dose says how often, "Add reminders to my calendar" makes a calendar
 * file on the device (no network).
 *
 * @summary One exercise: goal, starting position, steps, dosage in words, "stop and get advice if", optional captioned video, sources.
 * @tagname limber-exercise-card
 *
 * @csspart card - The outer `<article>`.
 * @csspart name - The exercise name heading.
 * @csspart goal - The goal badge.
 * @csspart provenance - Where the exercise comes from ("Added by Limber from NHS inform"), for catalog exercises.
 * @csspart emergency - The emergency line and "When to get help": the emergency care card and the rest of the care advice behind "When to see a doctor" (catalog exercises, unless `emergency-above`).
 * @csspart when-to-get-help - "When to get help" and its care cards.
 * @csspart care - Each care card in it (the emergency card also has the part `emergency`).
 * @csspart more-care - The `<details>` holding the urgent and non-urgent care cards.
 * @csspart before-you-start - The topic's safety lines before the steps (catalog exercises, unless `emergency-above`).
 * @csspart summary - The short description.
 * @csspart start - The starting position section.
 * @csspart steps - The ordered list of steps.
 * @csspart dosage - The dosage section.
 * @csspart stop-if - The "stop and get advice if" warning.
 * @csspart figure - The drawing of the movement: its frames side by side, numbered like the steps.
 * @csspart play - The button that plays the movement once (never shown under reduced motion or in print).
 * @csspart start-guided - The button that starts the guided mode.
 * @csspart guided - The guided mode: the current step, its frame, counts, time left and controls.
 * @csspart timer - The time left of a hold or a rest.
 * @csspart remind - Where the dose says how often: the button that makes a calendar file of reminders on the device.
 * @csspart progress - With `remember`: times done today and the control to forget them.
 * @csspart media - The video figure.
 * @csspart sources - The list of sources.
 * @csspart cite - A citation marker link.
 * @csspart link - A link inside the text.
 * @csspart reviewed - "Reviewed by …" under a valid clinical sign-off, or that the exercise changed since one.
 * @csspart review-required - The notice in place of an exercise that `require-review` keeps out.
 * @csspart problem - The development-mode problem notice.
 * @csspart review-due - "Due for review since …" when the content's next review date has passed (standalone only; inside another Limber element the outer one says it).
 *
 * @fires {CustomEvent<ExerciseStartDetail>} limber-exercise-start - The guided mode is about to start. Cancelable: `preventDefault()` keeps it closed.
 * @fires {CustomEvent<ExerciseCompleteDetail>} limber-exercise-complete - A person went through the whole exercise in the guided mode (also the list and the article, bubbling out).
 * @fires {CustomEvent<ExerciseStopDetail>} limber-exercise-stop - A guided session stopped before its end: `reason` `worse` (the reader pressed "This makes it worse"; the card then shows the exercise's stop-if advice and the non-urgent care advice, with the host's care options) or `stopped` (Stop). Exercise and topic ids only.
 *
 * @slot care-non-urgent - The page's own care options, for the non-urgent care advice the guided mode shows when an exercise makes things worse (see `<limber-care-card>`).
 *
 * @cssprop [--limber-figure-color=var(--limber-exercise-card-accent)] - Colour of the figure's body.
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
  static override styles = [...LimberHeadedElement.styles, figureStyles, careFirstStyles, exerciseCardStyles];

  /** Id of an exercise in the catalog, e.g. `sciatic-nerve-glide`. */
  @property({ reflect: true })
  exercise?: string;

  /**
   * The topic the exercise belongs to, where the page knows it (a list sets it on its cards): only
   * that built-in topic is fetched. Without it, the card finds its exercise's topic itself.
   */
  @property({ reflect: true })
  topic?: string;

  /** An `Exercise` supplied by the host; validated, and used instead of `exercise`. */
  @property({ attribute: false })
  data?: Exercise;

  /** A denser card without the summary and video. */
  @property({ type: Boolean, reflect: true })
  compact = false;

  /**
   * Remember, on this device only (`localStorage`), how many times today the guided mode was
   * finished, and show it with a control to forget it. Without it nothing is stored.
   */
  @property({ type: Boolean, reflect: true })
  remember = false;

  /**
   * The page already shows when to get help and the safety lines before this card (as the article
   * and the exercise list do), so the card leaves out its own. Set it only when that is true.
   */
  @property({ attribute: 'emergency-above', type: Boolean })
  emergencyAbove = false;

  /** Whether the urgent and non-urgent cards are in this card's `<details>` (see `renderCareFirst`). */
  private moreCareShown = false;

  /** `us`, `uk`, `ca`, `au` or `nz`, for the number in the emergency line; else the provider's region. */
  @property({ reflect: true })
  region?: Region;

  /**
   * The pace the guided mode opens with: `hands-free` (default: it moves on by itself, so one
   * press runs the whole exercise), `slow` (the same, with more time per step) or `press` (each
   * step waits for the reader). The reader can change it in the guided mode.
   */
  @property({ attribute: 'guided-pace', reflect: true })
  guidedPace?: GuidedPace;

  private motion?: FigureMotion;
  private readonly guided = new GuidedLauncher({
    host: this,
    locale: () => this.locale,
    messages: () => this.messages,
    remember: () => this.remember,
    pace: () => this.pace,
    detail: () => this.detail,
    care: () => ({ topic: this.view.topic?.id, region: this.regionInForce, requireReview: this.requireReview }),
    report: (message) => this.problems.report(message),
  });

  /** The exercise to show this render, or undefined when there is none. */
  private current?: Exercise;
  /** `guided-pace` when it is one of the paces (a wrong one is reported), else undefined: hands-free. */
  private pace?: GuidedPace;
  private sources: readonly Reference[] = [];

  /** Given by id alone, it fetches only its exercise's own topic (see `itemTopics`). */
  protected override item(): readonly [string, string | undefined] | undefined {
    return this.topic?.trim() ? undefined : ['exercise', this.exercise];
  }

  /** Its `topic`, where set: the one built-in topic its exercise is looked for in. */
  protected override itemTopics(): readonly string[] | undefined | null {
    const topic = this.topic?.trim();
    return topic ? [topic] : super.itemTopics();
  }

  protected override builtInTopics(): readonly string[] | undefined {
    const topic = this.topic?.trim();
    return topic ? [topic] : super.builtInTopics();
  }

  protected override select({ content }: Setting): Topic | undefined {
    if (this.data !== undefined) {
      this.current = this.validated(this.data, (v) => v.validateExercise);
      return undefined;
    }
    const found = content.byId(
      this.exercise,
      { attribute: 'exercise', noun: 'exercise', orData: true },
      (topic, id) => topic.exercises.items.find((e) => e.id === id),
      this.itemTopics(),
    );
    this.current = found?.value;
    return found?.topic;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.pace = this.problems.oneOf('guided-pace', this.guidedPace, GUIDED_PACES, 'using "hands-free"');
    // Standing alone, the card shows the topic's safety lines too: their sources follow the exercise's.
    const safety = this.emergencyAbove ? [] : (this.view.topic?.exercises.safety ?? []);
    this.sources = this.current ? this.content.sources([...exerciseSourceIds(this.current), ...citationsIn(safety)]) : [];
  }

  /** The references the exercise is written from, for its provenance line (not those cited only for a rule). */
  private get movementSources(): readonly Reference[] {
    const ids: readonly string[] = this.current?.references ?? [];
    return this.sources.filter((reference) => ids.includes(reference.id));
  }

  /** The region for the emergency line: the attribute (when valid), else the provider's. */
  private get regionInForce(): Region | undefined {
    return this.problems.oneOfOr('region', this.region, REGIONS, this.settings.region, 'using generic wording');
  }

  /** The exercise's own review dates where it has them, else its topic's. */
  protected override reviewed(): ReturnType<LimberHeadedElement['reviewed']> {
    const own = this.current?.dates;
    return own ? { what: `exercise "${this.current?.id ?? ''}"`, dates: own } : super.reviewed();
  }

  /** The figure chunk, fetched on first need; the card renders again when it arrives. */
  private figures(): ReturnType<typeof loadedFigures> {
    const figures = loadedFigures();
    if (!figures) this.loading.load('figures', loadFigures, 'the figure drawing');
    else this.motion ??= new figures.FigureMotion(this);
    return figures;
  }

  /** A pre-rendered card already shows its drawing: its hydrating render must draw the same. */
  protected override hydrationNeeds(): Promise<void>[] {
    const needs = super.hydrationNeeds();
    return !loadedFigures() && this.shadowRoot?.querySelector('.drawing svg') ? [...needs, loadFigures()] : needs;
  }

  private get detail(): ExerciseStartDetail {
    return { exerciseId: this.current?.id ?? '', topicId: this.view.topic?.id ?? null };
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const exercise = this.current;
    if (!exercise) return nothing;
    const m = this.messages;
    const status = this.clinical.status(this.view.topic, `exercise ${exercise.id}`, exercise);
    if (!status) return nothing;
    if (this.clinical.keptOut(status)) return renderReviewRequired(m, 'exercise', this.root);
    const level = this.resolvedHeadingLevel;
    const sub = subLevel(level);
    const rich = (text: string): RichText => this.rich(text, this.sources);
    const figure = exercise.figure;
    const figures = figure ? this.figures() : undefined;
    const draw: Draw | undefined =
      figure && figures ? (index) => figures.drawPose(figure, figure.frames[index]?.pose as Pose, index) : undefined;
    // The figure's frames are copies of drawings made once, except where this render must match
    // the server's HTML (on the server, and hydrating).
    const asTemplate = isServer || (!this.hasUpdated && !!this.shadowRoot?.firstChild);
    // A card that renders what the server sent keeps the care cards it was sent.
    if (asTemplate) this.moreCareShown = true;
    const drawFrame =
      figure && figures ? (pose: Pose, index: number) => figures.drawFrame(this, figure, pose, index, asTemplate) : undefined;
    // Headings by tag in this one template (lit/static-html): no template of their own per heading.
    const [h, hs] = [headingTag(level), headingTag(sub)];
    /* eslint-disable lit/binding-positions, lit/no-invalid-html -- the tags are lit/static-html literals, not bindings */
    return html`<article class="card" part="card" aria-labelledby="name" lang=${this.root.lang} dir=${this.root.dir}>
      <header class="header">
        <${h} id="name" part="name" class="name">${this.text(exercise.name)}</${h}>
        <p class="goal" part="goal">${`${m.goal}: ${m.goals[exercise.goal]}`}</p>
      </header>
      ${
        this.emergencyAbove
          ? nothing
          : renderCareFirst(m, {
              topic: this.view.topic,
              level: sub,
              region: this.regionInForce,
              requireReview: this.requireReview,
              rich,
              withMore: this.moreCareShown,
              opened: () => {
                this.moreCareShown = true;
                this.requestUpdate();
              },
            })
      }
      ${this.view.topic ? renderProvenance(provenanceLabel(m, this.view.topic, 'added', this.movementSources)) : nothing}
      ${renderReviewLine(status, m)}
      ${exercise.summary && !this.compact ? html`<p class="summary" part="summary">${rich(exercise.summary)}</p>` : nothing}
      ${
        figure
          ? renderFigure(
              figure,
              m,
              drawFrame,
              {
                pose: this.motion?.pose,
                playing: this.motion?.playing ?? false,
                canPlay: !prefersReducedMotion(),
                play: () => (this.motion?.playing ? this.motion.stop() : this.motion?.play(figure)),
              },
              this.view.contentLang,
            )
          : nothing
      }
      <section class="start" part="start">
        <${hs}>${m.startingPosition}</${hs}>
        <p>${rich(exercise.startingPosition)}</p>
      </section>
      <section class="steps-section">
        <${hs}>${m.steps}</${hs}>
        <ol class="steps" part="steps">${exercise.steps.map((step) => html`<li>${rich(step)}</li>`)}</ol>
      </section>
      ${renderDosage(exercise.dosage, m, sub, rich)}
      ${this.guided.render(exercise, {
        level: sub,
        rich,
        figure: (step) => (figure && draw ? html`<div class="drawing">${draw(frameForStep(figure, step))}</div>` : nothing),
      })}
      <section class="stop-if" part="stop-if">
        <${hs}><span class="alert-icon stop-icon" aria-hidden="true"></span><span
            class="visually-hidden">${m.warningPrefix}</span>${m.stopIf}</${hs}>
        <ul>${exercise.stopIf.map((item) => html`<li>${rich(item)}</li>`)}</ul>
      </section>
      ${exercise.media && !this.compact ? renderMedia(exercise.media, m, sub, rich, (message) => this.problems.report(message)) : nothing}
      ${renderSources(this.sources, m, sub, (message) => this.problems.report(message), this.view.referenceLang)}
    </article>`;
    /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  }
}
