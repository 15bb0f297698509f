import type { ExerciseGoal, Frequency, HoldSeconds } from '../content/model.js';

/** The UI words of one locale. Content words come from `content/`; these label the pieces. */
export interface Messages {
  readonly goal: string;
  readonly goals: Readonly<Record<ExerciseGoal, string>>;
  readonly startingPosition: string;
  readonly steps: string;
  readonly dosage: string;
  readonly reps: string;
  readonly sets: string;
  readonly hold: string;
  readonly howOften: string;
  readonly asAdvised: string;
  readonly stopIf: string;
  readonly warningPrefix: string;
  readonly video: string;
  readonly videoDescription: string;
  readonly sources: string;
  readonly source: (n: number) => string;
  readonly exercises: string;
  readonly problem: string;
  readonly times: (n: number) => string;
  readonly setsCount: (n: number) => string;
  readonly seconds: (hold: HoldSeconds) => string;
  readonly frequency: (f: Frequency) => string;
}

const en: Messages = {
  goal: 'Goal',
  goals: { 'nerve-mobility': 'Nerve mobility', flexibility: 'Flexibility', strength: 'Strength' },
  startingPosition: 'Starting position',
  steps: 'Steps',
  dosage: 'How much',
  reps: 'Repetitions',
  sets: 'Sets',
  hold: 'Hold',
  howOften: 'How often',
  asAdvised: 'As your clinician advises.',
  stopIf: 'Stop and get advice if',
  warningPrefix: 'Warning: ',
  video: 'Video',
  videoDescription: 'What the video shows',
  sources: 'Sources',
  source: (n) => `Source ${n}`,
  exercises: 'Exercises',
  problem: 'Content problem',
  times: (n) => (n === 1 ? 'once' : `${n} times`),
  setsCount: (n) => (n === 1 ? '1 set' : `${n} sets`),
  seconds: (hold) =>
    typeof hold === 'number'
      ? `${hold} ${hold === 1 ? 'second' : 'seconds'}`
      : `${hold.min} to ${hold.max} seconds`,
  frequency: ({ times, per }) => {
    const count = times === 1 ? 'Once' : times === 2 ? 'Twice' : `${times} times`;
    return `${count} a ${per}`;
  },
};

const tables: Readonly<Record<string, Messages>> = { en };

/** The message table for a locale, falling back through its parent (`en-GB` → `en`) to English. */
export function messagesFor(locale: string): Messages {
  let tag = locale;
  while (tag !== '') {
    const table = tables[tag];
    if (table) return table;
    tag = tag.includes('-') ? tag.slice(0, tag.lastIndexOf('-')) : '';
  }
  return en;
}
