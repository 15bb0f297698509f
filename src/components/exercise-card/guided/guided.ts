/**
 * The guided mode of `<limber-exercise-card>`: a chunk fetched when a person presses Start, so a
 * page of static cards never loads it. The card hosts a `GuidedController`, renders
 * `renderGuided()` where its Start button was, and adopts `guidedStyles` into its shadow root.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Exercise } from '../../../model/index.js';
import { parseRichText } from '../../../content/rich-text.js';
import type { RichText } from '../../../render/rich-text.js';
import { GuidedSession, planFor, type Clock, type Cue, type Plan } from './session.js';
import type { GuidedWords } from '../../../i18n/guided/en.js';
import { guidedWordsFor } from '../../../i18n/guided/registry.js';

export { loadGuidedWords } from '../../../i18n/guided/registry.js';

export { guidedStyles } from './guided.styles.js';

export { GuidedSession, planFor };
export type { Clock, Cue };

let clock: Clock = { now: () => performance.now() };
/** Replaces the clock every guided session reads (tests use a fake one). Returns the previous. */
export function useClock(next: Clock): Clock {
  const previous = clock;
  clock = next;
  return previous;
}

/** What the card learns when a session ends: counts only for what the dosage states. */
export interface GuidedResult {
  readonly repetitions: number | null;
  readonly sets: number | null;
  readonly durationSeconds: number;
}

interface WakeLockSentinelLike {
  release(): Promise<void>;
}
interface WakeLockLike {
  request(type: 'screen'): Promise<WakeLockSentinelLike>;
}

/** Plain words of a step, for the live region: citation markers dropped, emphasis as text. */
const plain = (text: string): string =>
  parseRichText(text)
    .nodes.map((node) => (node.kind === 'cite' ? '' : node.text))
    .join('')
    .trim();

export class GuidedController implements ReactiveController {
  readonly session: GuidedSession;
  readonly words: GuidedWords;
  private readonly plan: Plan;
  /** The latest announcement, read by a polite live region. */
  message = '';
  sound = false;
  vibrate = false;
  private timer?: ReturnType<typeof setInterval>;
  private lock?: Promise<WakeLockSentinelLike | undefined>;
  private shownSecond?: number;
  /** Cues given in the same task are read as one message. */
  private pending = false;
  private readonly onVisibility = (): void => {
    this.update();
    if (document.visibilityState === 'visible') this.keepAwake();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly exercise: Exercise,
    locale: string,
    private readonly completed: (result: GuidedResult) => void,
  ) {
    this.words = guidedWordsFor(locale);
    this.plan = planFor(exercise.steps.length, exercise.dosage);
    this.session = new GuidedSession(this.plan, clock, (cue) => this.say(cue));
    host.addController(this);
    this.timer = setInterval(() => this.update(), 250);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.keepAwake();
  }

  /** Reads the clock: ends a hold or rest whose time is up, re-renders when the shown second changes. */
  update(): void {
    this.session.tick();
    const left = this.session.remaining();
    const second = left === undefined ? undefined : Math.ceil(left / 1000);
    if (second !== this.shownSecond) {
      this.shownSecond = second;
      this.host.requestUpdate();
    }
  }

  act(action: 'next' | 'back' | 'pause' | 'resume'): void {
    this.session[action]();
    if (action === 'pause') {
      this.message = this.words.paused;
      this.release();
    }
    if (action === 'resume') this.keepAwake();
    this.host.requestUpdate();
  }

  /** Ends the session (Stop, Close, or the card leaving the page). */
  end(): void {
    this.session.stop();
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.release();
  }

  hostDisconnected(): void {
    this.end();
  }

  private say(cue: Cue): void {
    const w = this.words;
    const plan = this.plan;
    const counted = (n: number, of: number | undefined, f: (n: number, of: number) => string) => (of === undefined ? '' : f(n, of));
    let text: string;
    switch (cue.kind) {
      case 'step':
        text = `${w.stepOf(cue.step + 1, plan.steps)}: ${plain(this.exercise.steps[cue.step] ?? '')}`;
        break;
      case 'hold-start':
        text = w.holdFor(cue.seconds);
        break;
      case 'rest-start':
        text = w.restFor(cue.seconds);
        break;
      case 'hold-end':
        text = w.holdDone;
        this.signal();
        break;
      case 'rest-end':
        text = w.restDone;
        this.signal();
        break;
      case 'rep-done':
        text = counted(cue.rep, plan.reps, w.repDone);
        break;
      case 'set-done':
        text = counted(cue.set, plan.sets, w.setDone);
        break;
      case 'complete':
        text = w.complete;
        this.release();
        this.completed(this.result());
        break;
    }
    // Several cues at once (hold done, repetition done, next step) are read as one message.
    this.message = cue.kind === 'hold-start' || cue.kind === 'rest-start' || !this.pending ? text : `${this.message} ${text}`;
    this.pending = true;
    queueMicrotask(() => (this.pending = false));
    this.host.requestUpdate();
  }

  result(): GuidedResult {
    const { plan } = this.session;
    return {
      repetitions: plan.reps === undefined ? null : this.session.repsDone,
      sets: plan.sets === undefined ? null : this.session.phase === 'complete' ? this.session.set : this.session.set - 1,
      durationSeconds: this.session.seconds(),
    };
  }

  /** The optional cues a person switched on: a short tone, a short vibration. */
  private signal(): void {
    if (this.vibrate) navigator.vibrate?.(200);
    if (!this.sound || typeof AudioContext !== 'function') return;
    try {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      tone.connect(audio.destination);
      tone.frequency.value = 660;
      tone.start();
      tone.stop(audio.currentTime + 0.2);
      tone.onended = () => void audio.close();
    } catch {
      // No sound is no harm.
    }
  }

  /** Keeps the screen on while a session runs, where the Screen Wake Lock API exists. */
  private keepAwake(): void {
    const wakeLock = (navigator as Navigator & { wakeLock?: WakeLockLike }).wakeLock;
    if (!wakeLock || this.lock || this.session.paused || this.session.phase === 'complete' || !this.timer) return;
    this.lock = wakeLock.request('screen').catch(() => undefined);
  }
  private release(): void {
    const lock = this.lock;
    this.lock = undefined;
    void lock?.then((sentinel) => sentinel?.release()).catch(() => undefined);
  }
}

/** The guided panel: the current step with its figure frame, the counts, the time left, the controls. */
export function renderGuided(
  guided: GuidedController,
  options: {
    readonly level: number;
    readonly heading: (level: number, text: string) => TemplateResult;
    readonly step: (index: number) => RichText;
    readonly figure: (step: number) => TemplateResult | typeof nothing;
    readonly close: () => void;
  },
): TemplateResult {
  const { session, words: w } = guided;
  const { plan } = session;
  const left = session.remaining();
  const done = session.phase === 'complete';
  const result = guided.result();
  const primary = session.holdAhead
    ? w.startHold
    : session.step === plan.steps - 1 && (!session.counting || (session.rep === plan.reps && session.set === (plan.sets ?? 1)))
      ? w.finish
      : w.next;
  const button = (label: string, click: () => void, extra: { disabled?: boolean; cls?: string } = {}) =>
    html`<button type="button" class=${extra.cls ?? ''} ?disabled=${extra.disabled ?? false} @click=${click}>${label}</button>`;
  return html`<section class="guided" part="guided" aria-labelledby="guided-heading">
    ${options.heading(options.level, w.heading)}
    ${
      done
        ? html`<p class="guided-done">${w.complete} ${w.summary(result.repetitions, result.sets, result.durationSeconds)}.</p>
            <div class="guided-controls">${button(w.close, options.close, { cls: 'primary' })}</div>`
        : html`<div class="guided-now">
              <div class="guided-figure">${options.figure(session.step + 1)}</div>
              <div>
                <p class="guided-where">
                  <strong>${w.stepOf(session.step + 1, plan.steps)}</strong>
                  ${session.counting ? html`<span>${w.repOf(session.rep, plan.reps ?? 0)}</span>` : nothing}
                  ${plan.sets !== undefined ? html`<span>${w.setOf(session.set, plan.sets)}</span>` : nothing}
                </p>
                <p class="guided-step">${options.step(session.step)}</p>
                ${
                  left !== undefined
                    ? html`<p class="guided-timer" part="timer">
                        ${session.phase === 'hold' ? w.holdFor(Math.round((plan.holdMs ?? 0) / 1000)) : w.restFor(Math.round((plan.restMs ?? 0) / 1000))}:
                        <strong>${w.left(Math.ceil(left / 1000))}</strong>
                      </p>`
                    : nothing
                }
                ${session.counting ? nothing : html`<p class="guided-note">${w.noCount}</p>`}
              </div>
            </div>
            <div class="guided-controls">
              ${button(primary, () => guided.act('next'), { disabled: session.paused || left !== undefined, cls: 'primary' })}
              ${button(w.back, () => guided.act('back'), { disabled: session.paused || (session.step === 0 && session.rep === 1 && session.phase === 'move') })}
              ${session.paused ? button(w.resume, () => guided.act('resume')) : button(w.pause, () => guided.act('pause'))}
              ${button(w.stop, options.close)}
            </div>
            <fieldset class="guided-cues">
              <legend>${w.cues}</legend>
              <label><input type="checkbox" .checked=${guided.sound} @change=${(e: Event) => (guided.sound = (e.target as HTMLInputElement).checked)} /> ${w.sound}</label>
              <label><input type="checkbox" .checked=${guided.vibrate} @change=${(e: Event) => (guided.vibrate = (e.target as HTMLInputElement).checked)} /> ${w.vibrate}</label>
            </fieldset>`
    }
    <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${guided.message}</p>
  </section>`;
}
