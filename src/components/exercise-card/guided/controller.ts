/**
 * The guided mode's controller: the session's clock ticks, the live region and the spoken cues,
 * the wake lock, sound and vibration. The card hosts one per session (see `guided.ts`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Exercise } from '../../../model/index.js';
import { parseRichText } from '../../../content/rich-text.js';
import { GuidedSession, PACES, planFor, type Clock, type Cue, type PaceName, type Plan } from './session.js';
import type { GuidedWords } from '../../../i18n/guided/en.js';
import { guidedWordsFor } from '../../../i18n/guided/registry.js';
import { Speaker } from './speech.js';

export type { Clock, Cue, PaceName };

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

/** How a session ended, for the card's events. */
export interface GuidedEnds {
  completed(result: GuidedResult): void;
  /** The reader pressed "This makes it worse". */
  worse(): void;
}

interface WakeLockSentinelLike {
  release(): Promise<void>;
  addEventListener?(type: 'release', listener: () => void): void;
}
interface WakeLockLike {
  request(type: 'screen'): Promise<WakeLockSentinelLike>;
}

/** Plain words of a text, for the live region and speech: citation markers dropped, emphasis as text. */
const plain = (text: string): string =>
  parseRichText(text)
    .nodes.map((node) => (node.kind === 'cite' ? '' : node.text))
    .join('')
    .trim();

export class GuidedController implements ReactiveController {
  readonly session: GuidedSession;
  readonly words: GuidedWords;
  readonly speaker: Speaker;
  pace: PaceName;
  /** The latest announcement, read by a polite live region (or aloud, when speech is on). */
  message = '';
  sound = false;
  vibrate = false;
  private readonly plan: Plan;
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
    pace: PaceName,
    private readonly ends: GuidedEnds,
  ) {
    this.words = guidedWordsFor(locale);
    this.speaker = new Speaker(locale, () => host.requestUpdate());
    this.pace = pace;
    this.plan = planFor(exercise.steps.length, exercise.dosage);
    this.session = new GuidedSession(this.plan, clock, (cue) => this.say(cue), PACES[pace]);
    host.addController(this);
    this.timer = setInterval(() => this.update(), 250);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.keepAwake();
  }

  /** Reads the clock: ends every phase whose time is up, re-renders when the shown second changes. */
  update(): void {
    this.session.tick();
    const left = this.session.remaining();
    const second = left === undefined ? undefined : Math.ceil(left / 1000);
    if (second === this.shownSecond) return;
    this.shownSecond = second;
    // Aloud, a hold is counted down (never in the live region: a screen reader would hear every second).
    if (this.session.phase === 'hold' && second !== undefined && second > 0 && second < Math.round((this.plan.holdMs ?? 0) / 1000)) {
      this.speaker.say(String(second));
    }
    this.host.requestUpdate();
  }

  act(action: 'next' | 'back' | 'pause' | 'resume'): void {
    this.session[action]();
    if (action === 'pause') {
      this.message = this.words.paused;
      this.speaker.say(this.message);
      this.release();
    }
    if (action === 'resume') this.keepAwake();
    this.host.requestUpdate();
  }

  setPace(pace: PaceName): void {
    this.pace = pace;
    this.session.setPace(PACES[pace]);
    this.host.requestUpdate();
  }

  setSpeech(on: boolean): void {
    this.speaker.on = on;
    if (!on) this.speaker.silence();
    this.host.requestUpdate();
  }

  /** "This makes it worse": stops here; the card shows the exercise's stop-if advice and care. */
  worse(): void {
    this.session.stopForSymptoms();
    this.end();
    this.ends.worse();
  }

  /** Ends the session (Stop, Close, "This makes it worse", or the card leaving the page). */
  end(): void {
    this.session.stop();
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.speaker.end();
    this.release();
  }

  hostDisconnected(): void {
    this.end();
  }

  private text(cue: Cue): string {
    const w = this.words;
    const plan = this.plan;
    const counted = (n: number, of: number | undefined, f: (n: number, of: number) => string): string => (of === undefined ? '' : f(n, of));
    switch (cue.kind) {
      case 'ready':
        // (The session calls this from its constructor, before this.session is set: cues carry what they need.)
        return cue.set === 1 ? `${w.getReady} ${plain(this.exercise.startingPosition)}` : counted(cue.set, plan.sets, w.nextSet);
      case 'step':
        if (PACES[this.pace].stepMs !== undefined) this.signal();
        return `${w.stepOf(cue.step + 1, plan.steps)}: ${plain(this.exercise.steps[cue.step] ?? '')}`;
      case 'hold-start':
        return w.holdFor(cue.seconds);
      case 'rest-start':
        return w.restFor(cue.seconds);
      case 'hold-end':
        this.signal();
        return w.holdDone;
      case 'rest-end':
        this.signal();
        return w.restDone;
      case 'rep-done':
        return counted(cue.rep, plan.reps, w.repDone);
      case 'set-done':
        return counted(cue.set, plan.sets, w.setDone);
      case 'complete':
        this.release();
        this.ends.completed(this.result());
        return w.complete;
      case 'stopped':
        return w.stoppedHeading;
    }
  }

  private say(cue: Cue): void {
    const text = this.text(cue);
    // Several cues at once (hold done, repetition done, next step) are read as one message.
    this.message = cue.kind === 'hold-start' || cue.kind === 'rest-start' || !this.pending ? text : `${this.message} ${text}`;
    if (!this.pending) {
      this.pending = true;
      queueMicrotask(() => {
        this.pending = false;
        this.speaker.say(this.message);
      });
    }
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

  /** Keeps the screen on while a session runs, where the Screen Wake Lock API exists; asks again if the system lets it go. */
  private keepAwake(): void {
    const wakeLock = (navigator as Navigator & { wakeLock?: WakeLockLike }).wakeLock;
    if (!wakeLock || this.lock || this.session.paused || this.session.over || !this.timer) return;
    const lock = wakeLock.request('screen').then(
      (sentinel) => {
        // Lost (the tab hidden, the battery low): forget it, and ask again when the page is seen.
        sentinel.addEventListener?.('release', () => {
          if (this.lock === lock) this.lock = undefined;
        });
        return sentinel;
      },
      () => undefined,
    );
    this.lock = lock;
  }
  private release(): void {
    const lock = this.lock;
    this.lock = undefined;
    void lock?.then((sentinel) => sentinel?.release()).catch(() => undefined);
  }
}
