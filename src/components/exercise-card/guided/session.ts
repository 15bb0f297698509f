/**
 * The guided mode's state machine: which step, repetition and set a person is on, and how long a
 * hold or a rest has left. Pure: time comes from a `Clock`, and every answer is computed from
 * timestamps, so a background tab whose timers were throttled still ends a hold on time.
 */
import type { Dosage } from '../../../model/index.js';

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

export type Phase = 'move' | 'hold' | 'rest' | 'complete';

/** Something to tell the person, once, as it happens. */
export type Cue =
  | { readonly kind: 'step'; readonly step: number }
  | { readonly kind: 'hold-start' | 'rest-start'; readonly seconds: number }
  | { readonly kind: 'hold-end' | 'rest-end' }
  | { readonly kind: 'rep-done'; readonly rep: number }
  | { readonly kind: 'set-done'; readonly set: number }
  | { readonly kind: 'complete' };

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
  ) {
    this.started = this.phaseStarted = clock.now();
    cue({ kind: 'step', step: 0 });
  }

  get counting(): boolean {
    return this.plan.reps !== undefined;
  }
  get paused(): boolean {
    return this.pausedAt !== undefined;
  }
  /** The current step has a timed hold that has not started yet. */
  get holdAhead(): boolean {
    return this.phase === 'move' && this.plan.holdMs !== undefined && this.plan.holdSteps.includes(this.step);
  }
  /** Milliseconds left of a hold or a rest; undefined in other phases. */
  remaining(): number | undefined {
    const length = this.phase === 'hold' ? this.plan.holdMs : this.phase === 'rest' ? this.plan.restMs : undefined;
    if (length === undefined) return undefined;
    const now = this.pausedAt ?? this.clock.now();
    return Math.max(0, length - (now - this.phaseStarted));
  }
  /** Active time so far (pauses not counted), in seconds. */
  seconds(): number {
    const end = this.ended ?? this.pausedAt ?? this.clock.now();
    return Math.round((end - this.started - this.pausedMs) / 1000);
  }

  /** The person is ready: start the step's hold, or go to the next step. */
  next(): void {
    if (this.paused || this.phase === 'complete') return;
    if (this.holdAhead) this.begin('hold', this.plan.holdMs ?? 0, 'hold-start');
    else if (this.phase === 'move') this.advance();
  }

  /** Ends a hold or a rest whose time is up. Call it as often as convenient: it reads the clock. */
  tick(): void {
    if (this.paused || this.remaining() !== 0) return;
    if (this.phase === 'hold') {
      this.cue({ kind: 'hold-end' });
      this.advance();
    } else if (this.phase === 'rest') {
      this.cue({ kind: 'rest-end' });
      this.nextSet();
    }
  }

  pause(): void {
    if (!this.paused && this.phase !== 'complete') this.pausedAt = this.clock.now();
  }
  resume(): void {
    if (this.pausedAt === undefined) return;
    const away = this.clock.now() - this.pausedAt;
    this.pausedMs += away;
    this.phaseStarted += away;
    this.pausedAt = undefined;
  }

  /** One step back: out of a hold or a rest to its step, else to the step before. */
  back(): void {
    if (this.paused || this.phase === 'complete') return;
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
    this.cue({ kind: 'step', step: this.step });
  }

  stop(): void {
    this.ended ??= this.pausedAt ?? this.clock.now();
  }

  private begin(phase: 'hold' | 'rest', ms: number, kind: 'hold-start' | 'rest-start'): void {
    this.phase = phase;
    this.phaseStarted = this.clock.now();
    this.cue({ kind, seconds: Math.round(ms / 1000) });
  }

  private advance(): void {
    this.phase = 'move';
    if (this.step < this.plan.steps - 1) {
      this.step += 1;
      this.cue({ kind: 'step', step: this.step });
      return;
    }
    const { reps, sets, restMs } = this.plan;
    if (reps === undefined) return this.finish();
    this.repsDone += 1;
    this.cue({ kind: 'rep-done', rep: this.rep });
    if (this.rep < reps) {
      this.rep += 1;
      this.step = 0;
      this.cue({ kind: 'step', step: 0 });
      return;
    }
    if (sets === undefined || this.set >= sets) return this.finish();
    this.cue({ kind: 'set-done', set: this.set });
    if (restMs !== undefined) this.begin('rest', restMs, 'rest-start');
    else this.nextSet();
  }

  private nextSet(): void {
    this.set += 1;
    this.rep = 1;
    this.step = 0;
    this.phase = 'move';
    this.cue({ kind: 'step', step: 0 });
  }

  private finish(): void {
    this.phase = 'complete';
    this.ended = this.clock.now();
    this.cue({ kind: 'complete' });
  }
}
