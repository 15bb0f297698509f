import type { CareLevel, DisclaimerKind, ExerciseGoal, Frequency, HoldSeconds, PersonRole, Tip } from '../content/model.js';
import type { Region } from '../context/context.js';
import { ENGLISH_MONTHS, localeChain } from './locale.js';

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
  readonly doseSource: string;
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
  readonly references: string;
  readonly reference: (n: number) => string;
  readonly backToText: string;
  readonly tipKinds: Readonly<Record<Tip['kind'], string>>;
  readonly careLevels: Readonly<Record<CareLevel, string>>;
  readonly emergencyNumber: (region: Region | undefined) => string;
  readonly urgentHelp: (region: Region | undefined) => string;
  readonly roles: Readonly<Record<PersonRole, string>>;
  readonly experts: string;
  readonly disclaimers: Readonly<Record<DisclaimerKind, string>>;
  readonly dismissDisclaimer: string;
  readonly evidenceNote: string;
  readonly contents: string;
  readonly published: string;
  readonly sourcesChecked: string;
  readonly lastReviewed: string;
  readonly nextReview: string;
  /** "From the Hinge Health article (2023)": the words of a section or item come from the source. */
  readonly fromSource: (publisher: string, year: string) => string;
  /** "Added by Limber from NHS inform, Mayo Clinic" (or "Added by Limber" with no sources named). */
  readonly addedFrom: (curator: string, sources: readonly string[]) => string;
  /** The article header's plain statement of what the topic is. */
  readonly aboutTopic: (about: { curator: string; publisher: string; title: string; published: string; checked?: string }) => string;
  /** Under the experts: whom they are named by, and that they did not review the additions. */
  readonly expertsNote: (publisher: string, year: string, curator: string) => string;
  readonly whenToGetHelp: string;
  readonly date: (iso: string) => string;
}

/**
 * `2025-03-04` as "March 4, 2025" (what `toLocaleDateString('en', { dateStyle: 'long' })` gives),
 * written out: building an Intl formatter for each date cost about 7 ms on a cold page, a third
 * of the article's first render.
 */
function formatEnglishDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = ENGLISH_MONTHS[(month ?? 0) - 1];
  return name && day && year ? `${name} ${day}, ${year}` : iso;
}

/** "A", "A and B", "A, B and C". */
function listInEnglish(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

const en: Messages = {
  goal: 'Goal',
  goals: { 'nerve-mobility': 'Nerve mobility', mobility: 'Mobility', flexibility: 'Flexibility', strength: 'Strength' },
  startingPosition: 'Starting position',
  steps: 'Steps',
  dosage: 'How much',
  reps: 'Repetitions',
  sets: 'Sets',
  hold: 'Hold',
  howOften: 'How often',
  asAdvised: 'As your clinician advises.',
  doseSource: 'This dose is the one its source gives for this movement.',
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
  seconds: (hold) => (typeof hold === 'number' ? `${hold} ${hold === 1 ? 'second' : 'seconds'}` : `${hold.min} to ${hold.max} seconds`),
  frequency: ({ times, per }) => {
    const count = times === 1 ? 'Once' : times === 2 ? 'Twice' : `${times} times`;
    return `${count} a ${per}`;
  },
  references: 'References',
  reference: (n) => `Reference ${n}`,
  backToText: 'Back to text',
  tipKinds: { tip: 'Tip', note: 'Note', warning: 'Warning' },
  careLevels: { 'non-urgent': 'Non-urgent', urgent: 'Urgent', emergency: 'Emergency' },
  emergencyNumber: (region) => (region === 'uk' ? '999' : region === 'us' ? '911' : 'your local emergency number'),
  urgentHelp: (region) => (region === 'uk' ? 'call NHS 111' : 'get urgent care'),
  roles: {
    author: 'Author',
    expert: 'Expert quoted in the article',
    'medical-reviewer': 'Medical reviewer',
    'clinical-reviewer': 'Clinical reviewer',
  },
  experts: 'Experts named in the source article',
  disclaimers: {
    article: 'Disclaimer',
    video: 'About the source article’s exercise videos',
    medicine: 'About medicines',
    exercise: 'About these exercises',
  },
  dismissDisclaimer: 'Dismiss',
  evidenceNote: 'Evidence note',
  contents: 'Contents',
  published: 'Published',
  sourcesChecked: 'Additions checked against their sources',
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review',
  fromSource: (publisher, year) => `From the ${publisher} article (${year})`,
  addedFrom: (curator, sources) => `Added by ${curator}${sources.length > 0 ? ` from ${listInEnglish(sources)}` : ''}`,
  aboutTopic: ({ curator, publisher, title, published, checked }) =>
    `${curator} adapted this page from “${title}”, an article by ${publisher} published ${published}, and added exercises, care advice and notes from the public sources named beside them${checked ? ` (checked ${checked})` : ''}. Each part says which it is.`,
  expertsNote: (publisher, year, curator) =>
    `These experts are named in the ${publisher} article (${year}). They took part in that article only; they have not reviewed what ${curator} added.`,
  whenToGetHelp: 'When to get help',
  date: formatEnglishDate,
};

const tables: Readonly<Record<string, Messages>> = { en };

/** The message table for a locale, falling back through its parent (`en-GB` → `en`) to English. */
export function messagesFor(locale: string): Messages {
  for (const tag of localeChain(locale)) {
    const table = tables[tag];
    if (table) return table;
  }
  return en;
}
