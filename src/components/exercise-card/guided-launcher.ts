/**
 * The card's side of the guided mode: Start (a cancelable event, then the chunk, which defines
 * the card's internal `<limber-guided-session>`), the session in place of the Start button, its
 * events made the card's public ones (Stop and "This makes it worse": `limber-exercise-stop`; the
 * end: `limber-exercise-complete`, the day's count under `remember`), and "Remind me" (a calendar
 * file, from the same chunk). The chunk itself is `guided/guided.ts`.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Exercise } from '../../model/index.js';
import { careSlot } from '../../model/care-option.js';
import type { Messages } from '../../i18n/messages.js';
import type { Region, ReviewRequirement } from '../../model/settings.js';
import type { RichText } from '../../render/rich-text.js';
import { renderHeading } from '../../render/heading.js';
import { doneToday, forget, recordDone } from './progress.js';
import { doseGiven } from '../../content/dose.js';
import type { ExerciseCompleteDetail, ExerciseStartDetail, ExerciseStopDetail } from './events.js';
import type * as GuidedChunk from './guided/guided.js';
import type { GuidedPace } from './paces.js';

type GuidedModule = typeof GuidedChunk;
type GuidedResult = GuidedChunk.GuidedResult;
type Session = InstanceType<GuidedModule['LimberGuidedSession']>;

/** The card's internal element for a running session. */
const SESSION = 'limber-guided-session';

/** What the launcher needs of its card, read when needed. */
export interface GuidedCard {
  readonly host: LitElement;
  locale(): string;
  messages(): Messages;
  remember(): boolean;
  /** The pace the guided mode opens with (`guided-pace`, when valid). */
  pace(): GuidedPace | undefined;
  detail(): ExerciseStartDetail;
  /** For the non-urgent care card shown when the exercise makes things worse. */
  care(): { readonly topic?: string; readonly region?: Region; readonly requireReview?: ReviewRequirement };
  report(message: string): void;
}

/** What the panel draws with: the card's rich text, heading level and figure frames. */
export interface GuidedDrawing {
  readonly level: number;
  readonly rich: (text: string) => RichText;
  readonly figure: (step: number) => TemplateResult | typeof nothing;
}

export class GuidedLauncher {
  /** The exercise of the running session, while one is open. */
  private running?: Exercise;
  private module?: GuidedModule;

  constructor(private readonly card: GuidedCard) {}

  /** The guided chunk and this locale's words, fetched once; undefined (reported) when it cannot load. */
  private async load(): Promise<GuidedModule | undefined> {
    try {
      const module = (this.module ??= await import('./guided/guided.js'));
      await module.loadGuidedWords(this.card.locale());
      return module;
    } catch (error) {
      this.card.report(`the guided mode could not be loaded (${String(error)})`);
      return undefined;
    }
  }

  private fire<T>(type: string, detail: T, cancelable = false): boolean {
    return this.card.host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** Start: asks the host (a cancelable event), then fetches the guided mode and opens it. */
  async start(exercise: Exercise): Promise<void> {
    if (this.running || !this.fire<ExerciseStartDetail>('limber-exercise-start', this.card.detail(), true)) return;
    const module = await this.load();
    if (!module) return;
    // In the registry the card renders with: a second version of Limber, scoped, has its own.
    const host = this.card.host as LitElement & { customElementRegistry?: CustomElementRegistry | null };
    const registry = host.customElementRegistry ?? customElements;
    if (!registry.get(SESSION)) registry.define(SESSION, module.LimberGuidedSession);
    this.running = exercise;
    await this.focus('.guided .primary');
  }

  /** The session element on screen, once it has rendered. */
  private async session(): Promise<Session | undefined> {
    await this.card.host.updateComplete;
    const session = this.card.host.renderRoot.querySelector<Session>(SESSION) ?? undefined;
    await session?.updateComplete;
    return session;
  }

  private async focus(selector: string): Promise<void> {
    this.card.host.requestUpdate();
    await this.session();
    this.card.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private readonly completed = (event: CustomEvent<GuidedResult>): void => {
    const exercise = this.running;
    if (exercise && this.card.remember()) recordDone(exercise.id);
    this.fire<ExerciseCompleteDetail>('limber-exercise-complete', { ...this.card.detail(), ...event.detail });
    // The button that finished it goes with the steps: focus the done message, not the page's
    // start. Only when focus is in the card: a hands-free session must not pull it back.
    if ((this.card.host.renderRoot as ShadowRoot).activeElement) void this.focus('.guided-done');
  };

  private readonly worse = (): void => {
    this.fire<ExerciseStopDetail>('limber-exercise-stop', { ...this.card.detail(), reason: 'worse' });
    void this.focus('.guided-stopped');
  };

  /** Stop or Close: ends the session (a stop before the end says so), back to the Start button. */
  readonly close = async (): Promise<void> => {
    if (!this.running) return;
    const session = this.card.host.renderRoot.querySelector<Session>(SESSION);
    if (session && !session.over) this.fire<ExerciseStopDetail>('limber-exercise-stop', { ...this.card.detail(), reason: 'stopped' });
    this.running = undefined;
    await this.focus('.start-guided');
  };

  /** "Remind me": the calendar file for the dose's frequency, made on this device. */
  async remind(exercise: Exercise, description: string): Promise<void> {
    const module = await this.load();
    const file = module?.calendarFile(exercise, description, location.href, new Date());
    if (module && file) module.downloadReminders(file, exercise.id);
  }

  /**
   * The Start button (and "Remind me" where the dose says how often), or the running panel. An
   * exercise whose source gives no amount offers no guided mode: the card tells the reader to ask
   * how much to do, and a guided run would go through it anyway.
   */
  render(exercise: Exercise, drawing: GuidedDrawing): TemplateResult | typeof nothing {
    if (!doseGiven(exercise.dosage)) return nothing;
    const m = this.card.messages();
    const done = this.card.remember() ? doneToday(exercise.id) : undefined;
    const frequency = exercise.dosage.frequency;
    const progress =
      done === undefined
        ? nothing
        : html`<p class="progress" part="progress">
            ${m.doneToday(done, frequency?.per === 'day' ? frequency.times : undefined)}
            <button type="button" class="forget" @click=${() => (forget(exercise.id), this.card.host.requestUpdate())}>${m.forgetProgress}</button>
          </p>`;
    if (!this.running || !this.module) {
      return html`<div class="guided-start">
        <button type="button" class="start-guided primary" part="start-guided" @click=${() => void this.start(exercise)}>${m.startGuided}</button>
        ${
          frequency
            ? html`<button type="button" class="remind" part="remind" @click=${() => void this.remind(exercise, m.frequency(frequency))}>
              ${m.remindMe}
            </button>`
            : nothing
        }
        ${progress}
      </div>`;
    }
    const { topic, region, requireReview } = this.card.care();
    const parts: GuidedChunk.SessionParts = {
      level: drawing.level,
      heading: (at, text) => renderHeading(at, text, { id: 'guided-heading' }),
      step: (index) => drawing.rich(exercise.steps[index] ?? ''),
      startingPosition: () => drawing.rich(exercise.startingPosition),
      figure: drawing.figure,
      stopIf: () =>
        html`<div class="guided-stop-if">
          <p><strong>${m.stopIf}</strong></p>
          <ul>
            ${exercise.stopIf.map((item) => html`<li>${drawing.rich(item)}</li>`)}
          </ul>
        </div>`,
      care: () =>
        topic
          ? html`<limber-care-card level="non-urgent" topic=${topic} heading-level=${drawing.level + 1} region=${ifDefined(region)}
              require-review=${ifDefined(requireReview)}
              ><slot name=${careSlot('non-urgent')} slot=${careSlot('non-urgent')}></slot
            ></limber-care-card>`
          : nothing,
    };
    return html`<limber-guided-session
        .exercise=${this.running}
        locale=${this.card.locale()}
        pace=${this.card.pace() ?? 'hands-free'}
        .parts=${parts}
        @guided-complete=${this.completed}
        @guided-worse=${this.worse}
        @guided-close=${() => void this.close()}
      ></limber-guided-session
      >${progress}`;
  }
}
