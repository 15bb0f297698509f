/**
 * The guided mode's words: the interface every language's table follows, and English. Shipped in
 * the guided chunk (with every language's table), so pages that never start it never fetch them;
 * `registry.ts` holds them by locale as `../registry.ts` holds the UI words.
 */
export interface GuidedWords {
  readonly heading: string;
  readonly stepOf: (step: number, steps: number) => string;
  readonly repOf: (rep: number, reps: number) => string;
  readonly setOf: (set: number, sets: number) => string;
  readonly holdFor: (seconds: number) => string;
  readonly holdDone: string;
  readonly restFor: (seconds: number) => string;
  readonly restDone: string;
  readonly repDone: (rep: number, reps: number) => string;
  readonly setDone: (set: number, sets: number) => string;
  readonly left: (seconds: number) => string;
  readonly complete: string;
  readonly summary: (reps: number | null, sets: number | null, seconds: number) => string;
  readonly startHold: string;
  readonly next: string;
  readonly finish: string;
  readonly back: string;
  readonly pause: string;
  readonly resume: string;
  readonly paused: string;
  readonly stop: string;
  readonly close: string;
  readonly cues: string;
  readonly sound: string;
  readonly vibrate: string;
  /** Hands-free, before the first step (and each set): get into the starting position. */
  readonly getReady: string;
  readonly nextSet: (set: number, sets: number) => string;
  /** The time left of a hands-free phase that is not a hold or a rest. */
  readonly startsIn: (seconds: number) => string;
  readonly nextIn: (seconds: number) => string;
  readonly pace: string;
  readonly paceHandsFree: string;
  readonly paceSlow: string;
  readonly pacePress: string;
  /** Spoken cues: the toggle, and what it says when the device cannot speak this language. */
  readonly speak: string;
  readonly noVoice: (language: string) => string;
  readonly speechFailed: string;
  /** The button that stops the session because the exercise makes symptoms worse. */
  readonly worse: string;
  /** After each set and at the end: what to stop for, the exercise's own stop-if list below it. */
  readonly checkIn: string;
  readonly stoppedHeading: string;
  readonly stopped: string;
}

/** `90` → `1 min 30 s`, with each language's words for minutes and seconds. */
export const minutes = (seconds: number, min: string, sec: string): string =>
  seconds >= 60 ? `${Math.floor(seconds / 60)} ${min} ${seconds % 60} ${sec}` : `${seconds} ${sec}`;

export const en: GuidedWords = {
  heading: 'Guided exercise',
  stepOf: (step, steps) => `Step ${step} of ${steps}`,
  repOf: (rep, reps) => `Repetition ${rep} of ${reps}`,
  setOf: (set, sets) => `Set ${set} of ${sets}`,
  holdFor: (s) => `Hold for ${s === 1 ? '1 second' : `${s} seconds`}`,
  holdDone: 'Hold done. Relax.',
  restFor: (s) => `Rest for ${s} seconds`,
  restDone: 'Rest over.',
  repDone: (rep, reps) => `Repetition ${rep} of ${reps} done.`,
  setDone: (set, sets) => `Set ${set} of ${sets} done.`,
  left: (s) => `${s} s left`,
  complete: 'Exercise complete. Well done.',
  summary: (reps, sets, seconds) =>
    [
      reps === null ? '' : `${reps} ${reps === 1 ? 'repetition' : 'repetitions'}`,
      sets === null ? '' : `${sets} ${sets === 1 ? 'set' : 'sets'}`,
      minutes(seconds, 'min', 's'),
    ]
      .filter(Boolean)
      .join(', '),
  startHold: 'Start the hold',
  next: 'Next step',
  finish: 'Finish',
  back: 'Back',
  pause: 'Pause',
  resume: 'Resume',
  paused: 'Paused.',
  stop: 'Stop',
  close: 'Close',
  cues: 'Cues',
  sound: 'Sound at each change',
  vibrate: 'Vibration at each change',
  getReady: 'Get into the starting position.',
  nextSet: (set, sets) => `Get ready for set ${set} of ${sets}.`,
  startsIn: (s) => `Starts in ${s} s`,
  nextIn: (s) => `Next step in ${s} s`,
  pace: 'Pace',
  paceHandsFree: 'Hands-free: moves on by itself',
  paceSlow: 'Hands-free, slower',
  pacePress: 'I press when ready',
  speak: 'Read the steps aloud',
  noVoice: (language) => `This device has no ${language} voice, so nothing is read aloud. The sound and vibration still work.`,
  speechFailed: 'Reading aloud stopped working. The screen, the sound and the vibration still guide you.',
  worse: 'This makes it worse',
  checkIn: 'Did your symptoms get worse? Stop and press “This makes it worse” if:',
  stoppedHeading: 'Stopped: this exercise made it worse',
  stopped: 'You said this exercise makes your symptoms worse, so it stopped here. Do not carry on with it.',
};
