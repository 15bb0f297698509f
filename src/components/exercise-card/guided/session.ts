/**
 * The guided mode's state machine: which step, repetition and set a person is on, and how long a
 * phase has left. Pure: time comes from a `Clock`, and every answer is computed from timestamps,
 * so a background tab whose timers were throttled catches up on its next tick with every count
 * right, each phase ending when it would have ended.
 *
 * Two paces. **Hands-free** (`stepMs` set): a short "get into position" phase, then each step
 * lasts `stepMs`, holds and rests are timed, and the whole exercise runs from one press.
 * **Press when ready** (`stepMs` undefined): each step waits for `next()`, as a person who wants
 * to take their time asks.
 */
import type { Dosage } from '../../../model/index.js';
import type { GuidedPace } from '../paces.js';

/** Milliseconds from some fixed start; `performance.now()` in a page, a fake in tests. */
export interface Clock {
  now(): number;
}

/** What the guided mode times and counts: only what the content's dosage states. */
export interface Plan {
  readonly steps: number;
  /** Repetitions per set; undefined when no dose is stated (nothing is counted then). */
  readonly reps?: number;
  readonly sets?: number;
  readonly holdMs?: number;
  /** The steps (0-based) whose hold is timed. */
  readonly holdSteps: readonly number[];
  readonly restMs?: number;
}

/** A plan from an exercise's dosage: nothing counted or timed that the dosage does not state. */
export function planFor(steps: number, dosage: Dosage): Plan {
  const hold = dosage.holdSeconds;
  const holdSeconds = typeof hold === 'number' ? hold : hold?.min;
  return {
    steps,
    reps: dosage.reps,
    sets: dosage.reps !== undefined ? dosage.sets : undefined,
    holdMs: holdSeconds !== undefined && dosage.holdSteps?.length ? holdSeconds * 1000 : undefined,
    holdSteps: (dosage.holdSteps ?? []).map((step) => step - 1),
    restMs: dosage.restSeconds !== undefined && (dosage.sets ?? 1) > 1 ? dosage.restSeconds * 1000 : undefined,
  };
}

/** How the guide moves on: on its own every `stepMs` (hands-free), or when the person presses. */
export interface Pace {
  /** How long each step lasts, hands-free; undefined: wait for `next()`. */
  readonly stepMs?: number;
  /** Hands-free: the time to get into the starting position, before the first step and each set. */
  readonly readyMs: number;
}

/** Press when ready: nothing moves on by itself. */
export const PRESS: Pace = { readyMs: 0 };

/**
 * The paces a reader can choose: hands-free (the default: 6 s a step, 5 s to get into position),
 * hands-free and slower, or press when ready. How long a step takes is Limber's pace, not a dose:
 * nothing shows or says it as a count.
 */
export const PACES = {
  'hands-free': { stepMs: 6_000, readyMs: 5_000 },
  slow: { stepMs: 10_000, readyMs: 8_000 },
  press: PRESS,
} as const satisfies Record<GuidedPace, Pace>;
export type PaceName = GuidedPace;
// The card's list (paces.ts) names the same paces: `satisfies` above fails the build if they differ.
export const PACE_NAMES = Object.keys(PACES) as readonly PaceName[];

/**
 * `ready`: getting into position (hands-free, before the first step and between sets when the
 * dose states no rest); `stopped`: the person said it makes their symptoms worse.
 */
export type Phase = 'ready' | 'move' | 'hold' | 'rest' | 'complete' | 'stopped';

/** Something to tell the person, once, as it happens. */
export type Cue =
  | { readonly kind: 'ready'; readonly set: number; readonly seconds: number }
  | { readonly kind: 'step'; readonly step: number }
  | { readonly kind: 'hold-start' | 'rest-start'; readonly seconds: number }
  | { readonly kind: 'hold-end' | 'rest-end' }
  | { readonly kind: 'rep-done'; readonly rep: number }
  | { readonly kind: 'set-done'; readonly set: number }
  | { readonly kind: 'complete' }
  | { readonly kind: 'stopped' };

export class GuidedSession {
  /** 0-based step, 1-based repetition and set. */
  step = 0;
  rep = 1;
  set = 1;
  phase: Phase = 'move';
  /** Repetitions finished in all sets. */
  repsDone = 0;
  private phaseStarted: number;
  private readonly started: number;
  private pausedAt?: number;
  private pausedMs = 0;
  private ended?: number;

  constructor(
    readonly plan: Plan,
    private readonly clock: Clock,
    private readonly cue: (cue: Cue) => void,
    public pace: Pace = PRESS,
  ) {
    this.started = this.phaseStarted = clock.now();
    if (this.handsFree) this.getReady(this.started);
    else cue({ kind: 'step', step: 0 });
  }

  get handsFree(): boolean {
    return this.pace.stepMs !== undefined;
  }
  get counting(): boolean {
    return this.plan.reps !== undefined;
  }
  get paused(): boolean {
    return this.pausedAt !== undefined;
  }
  get over(): boolean {
    return this.phase === 'complete' || this.phase === 'stopped';
  }
  /** The current step has a timed hold that has not started yet. */
  get holdAhead(): boolean {
    return this.phase === 'move' && this.plan.holdMs !== undefined && this.plan.holdSteps.includes(this.step);
  }

  /** How long the current phase lasts, when it moves on by itself; undefined when it waits for a press. */
  private length(): number | undefined {
    switch (this.phase) {
      case 'hold':
        return this.plan.holdMs;
      case 'rest':
        return this.plan.restMs;
      case 'ready':
        return this.pace.readyMs;
      case 'move':
        return this.pace.stepMs;
      default:
        return undefined;
    }
  }

  /** Milliseconds left of the current phase; undefined when it waits for a press. */
  remaining(): number | undefined {
    const length = this.length();
    if (length === undefined) return undefined;
    const now = this.pausedAt ?? this.clock.now();
    return Math.max(0, length - (now - this.phaseStarted));
  }
  /** Active time so far (pauses not counted), in seconds. */
  seconds(): number {
    const end = this.ended ?? this.pausedAt ?? this.clock.now();
    return Math.round((end - this.started - this.pausedMs) / 1000);
  }

  /** The person pressed Next (or Start the hold): the waiting phase ends now. */
  next(): void {
    if (this.paused || this.over) return;
    this.elapse(this.clock.now());
  }

  /**
   * Ends every phase whose time is up, each at the moment it ended, so however late the tick
   * comes (a throttled tab), the counts and the next phase's time are those of a punctual one.
   */
  tick(): void {
    if (this.paused) return;
    // A phase of zero length cannot loop: every elapse moves to a later phase or ends the session.
    for (let guard = 0; guard < 10_000 && !this.over; guard += 1) {
      const length = this.length();
      if (length === undefined) return;
      const end = this.phaseStarted + length;
      if (this.clock.now() < end) return;
      this.elapse(end);
    }
  }

  pause(): void {
    if (!this.paused && !this.over) this.pausedAt = this.clock.now();
  }
  resume(): void {
    if (this.pausedAt === undefined) return;
    const away = this.clock.now() - this.pausedAt;
    this.pausedMs += away;
    this.phaseStarted += away;
    this.pausedAt = undefined;
  }

  /** Switches between hands-free and press when ready; the current phase starts its time again. */
  setPace(pace: Pace): void {
    this.pace = pace;
    this.phaseStarted = this.pausedAt ?? this.clock.now();
    if (!this.handsFree && this.phase === 'ready') this.toStep(0, this.phaseStarted);
  }

  /** One step back: out of a hold or a rest to its step, else to the step before. */
  back(): void {
    if (this.paused || this.over || this.phase === 'ready') return;
    if (this.phase === 'hold') this.phase = 'move';
    else if (this.phase === 'rest') {
      this.phase = 'move';
      this.step = this.plan.steps - 1;
    } else if (this.step > 0) this.step -= 1;
    else if (this.rep > 1) {
      this.rep -= 1;
      this.repsDone -= 1;
      this.step = this.plan.steps - 1;
    } else return;
    // The step's time starts again: hands-free, it gets its full time.
    this.phaseStarted = this.clock.now();
    this.cue({ kind: 'step', step: this.step });
  }

  /** The person stopped (Stop, Close, or the card leaving the page). */
  stop(): void {
    this.ended ??= this.pausedAt ?? this.clock.now();
  }

  /** "This makes it worse": the session stops here, and says so. */
  stopForSymptoms(): void {
    if (this.phase === 'stopped') return;
    this.stop();
    this.pausedAt = undefined;
    this.phase = 'stopped';
    this.cue({ kind: 'stopped' });
  }

  /** The current phase ends at `at`: what comes after it. */
  private elapse(at: number): void {
    switch (this.phase) {
      case 'ready':
        return this.toStep(0, at);
      case 'hold':
        this.cue({ kind: 'hold-end' });
        return this.advance(at);
      case 'rest':
        this.cue({ kind: 'rest-end' });
        return this.nextSet(at);
      case 'move':
        if (this.holdAhead) return this.begin('hold', this.plan.holdMs ?? 0, 'hold-start', at);
        return this.advance(at);
      default:
        return undefined;
    }
  }

  private begin(phase: 'hold' | 'rest', ms: number, kind: 'hold-start' | 'rest-start', at: number): void {
    this.phase = phase;
    this.phaseStarted = at;
    this.cue({ kind, seconds: Math.round(ms / 1000) });
  }

  private getReady(at: number): void {
    this.phase = 'ready';
    this.phaseStarted = at;
    this.cue({ kind: 'ready', set: this.set, seconds: Math.round(this.pace.readyMs / 1000) });
  }

  private toStep(step: number, at: number): void {
    this.phase = 'move';
    this.step = step;
    this.phaseStarted = at;
    this.cue({ kind: 'step', step });
  }

  private advance(at: number): void {
    if (this.step < this.plan.steps - 1) return this.toStep(this.step + 1, at);
    const { reps, sets, restMs } = this.plan;
    if (reps === undefined) return this.finish(at);
    this.repsDone += 1;
    this.cue({ kind: 'rep-done', rep: this.rep });
    if (this.rep < reps) {
      this.rep += 1;
      return this.toStep(0, at);
    }
    if (sets === undefined || this.set >= sets) return this.finish(at);
    this.cue({ kind: 'set-done', set: this.set });
    if (restMs !== undefined) this.begin('rest', restMs, 'rest-start', at);
    else this.nextSet(at);
  }

  private nextSet(at: number): void {
    this.set += 1;
    this.rep = 1;
    this.step = 0;
    if (this.handsFree) this.getReady(at);
    else this.toStep(0, at);
  }

  private finish(at: number): void {
    this.phase = 'complete';
    this.ended = at;
    this.cue({ kind: 'complete' });
  }
}
