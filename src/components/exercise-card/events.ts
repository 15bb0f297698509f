// The events an exercise card fires (and the list and the article let bubble out), typed for hosts.

/** `detail` of `limber-exercise-start`. No personal data: which exercise, from which topic. */
export interface ExerciseStartDetail {
  readonly exerciseId: string;
  /** The topic of a catalog exercise; null for host `data`. */
  readonly topicId: string | null;
}

/** `detail` of `limber-exercise-complete`: what was counted (null where the dose states no count). */
export interface ExerciseCompleteDetail extends ExerciseStartDetail {
  readonly repetitions: number | null;
  readonly sets: number | null;
  readonly durationSeconds: number;
}

/**
 * `detail` of `limber-exercise-stop`: why a guided session stopped before its end. `worse`: the
 * reader pressed "This makes it worse"; `stopped`: they pressed Stop. No personal data.
 */
export interface ExerciseStopDetail extends ExerciseStartDetail {
  readonly reason: 'worse' | 'stopped';
}

declare global {
  interface HTMLElementEventMap {
    'limber-exercise-start': CustomEvent<ExerciseStartDetail>;
    'limber-exercise-complete': CustomEvent<ExerciseCompleteDetail>;
    'limber-exercise-stop': CustomEvent<ExerciseStopDetail>;
  }
}
