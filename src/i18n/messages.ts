import type {
  CareLevel,
  CareOptionKind,
  DisclaimerKind,
  ExerciseGoal,
  Frequency,
  HoldSeconds,
  PersonRole,
  ReaderNote,
  RecommendationStrength,
  ReviewItemKind,
  ReviewScope,
  Tip,
} from '../model/index.js';
import type { Region } from '../model/settings.js';
import { ENGLISH_MONTHS } from '../locale/chain.js';
import { languageName } from '../locale/language.js';

/**
 * The words APA 7 puts around a reference, in the page's language (each language's UI words have
 * them as `apa`): "n.d." or "s.f.", "Retrieved … from" or "Recuperado el … de", ", &" or "y".
 */
export interface ApaWords {
  /** "n.d." */
  readonly noDate: string;
  /** The date in parentheses after the authors, without them: "2019, November 15". */
  readonly issued: (year: number, month?: number, day?: number) => string;
  /** Before the URL of a page that changes: "Retrieved December 1, 2026, from ". */
  readonly retrieved: (year: number, month?: number, day?: number) => string;
  /** Between the last two authors: ", & " (APA's English keeps the comma; Spanish writes " y "). */
  readonly beforeLast: string;
  /** Before a book's title for a chapter in it: "In". */
  readonly in: string;
  /** After a work later updated: "Original work published 2016". */
  readonly originalPublished: (year: number) => string;
}

/**
 * Each region's numbers in English, checked on the official pages the topic's `SOURCES.md` lists
 * under *Regions*. What "call" is followed by; where to go in an emergency; what to do for urgent
 * advice, after "or".
 */
const NUMBERS: Readonly<Record<Region, string>> = { us: '911', uk: '999', ca: '911', au: '000 (triple zero)', nz: '111' };
const PLACES: Readonly<Record<Region, string>> = {
  us: 'the emergency room',
  uk: 'A&E',
  ca: 'the emergency department',
  au: 'the nearest hospital emergency department',
  nz: 'the nearest hospital emergency department',
};
const URGENT: Readonly<Record<Region, string>> = {
  us: 'get urgent care',
  uk: 'call NHS 111',
  ca: 'call your health line (811 in most provinces)',
  au: 'call healthdirect on 1800 022 222',
  nz: 'call Healthline on 0800 611 116',
};

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
  /** In place of a dose when the exercise's source gives none: says so, and what to do instead. */
  readonly noDose: string;
  readonly doseSource: string;
  /** Rest between sets, as a dosage row. */
  readonly rest: string;
  /** Labels under a figure's frames: the starting position, then the step a frame shows. */
  readonly figureStart: string;
  readonly figureStep: (step: number) => string;
  readonly playMovement: string;
  readonly startGuided: string;
  /** Where the dose says how often: a calendar file of reminders, made on the device. */
  readonly remindMe: string;
  /** Remembered progress: "Done 2 of 3 times today" (`of` when the dose gives a daily count). */
  readonly doneToday: (done: number, of?: number) => string;
  readonly forgetProgress: string;
  /** On a printed handout: the page it came from. */
  readonly printedFrom: (url: string) => string;
  readonly stopIf: string;
  readonly warningPrefix: string;
  readonly video: string;
  readonly videoDescription: string;
  readonly sources: string;
  readonly source: (n: number) => string;
  readonly exercises: string;
  readonly problem: string;
  /** Joins the notice's label to the element's tag: "Content problem *in* <limber-tip>". */
  readonly problemIn: string;
  readonly times: (n: number) => string;
  /** A number of times given as the most to do: "Up to 5 times". */
  readonly upTo: (times: string) => string;
  readonly setsCount: (n: number) => string;
  readonly seconds: (hold: HoldSeconds) => string;
  readonly frequency: (f: Frequency) => string;
  readonly references: string;
  readonly reference: (n: number) => string;
  readonly backToText: string;
  readonly tipKinds: Readonly<Record<Tip['kind'], string>>;
  readonly careLevels: Readonly<Record<CareLevel, string>>;
  /**
   * What "call" is followed by for the emergency number, in the locale's grammar: `911` in
   * English ("Call 911"), `al 911` in Spanish ("Llame al 911"). Fills `{emergency-number}`.
   */
  readonly emergencyNumber: (region: Region | undefined) => string;
  readonly urgentHelp: (region: Region | undefined) => string;
  /** Where to go in an emergency, after "go to": "the emergency room" (us), "A&E" (uk). Fills `{emergency-place}`. */
  readonly emergencyPlace: (region: Region | undefined) => string;
  /** A standalone exercise card's first line: "If you have any emergency sign, call 911 now." */
  readonly emergencyLine: (region: Region | undefined) => string;
  /** Opens the emergency signs under that line. */
  readonly roles: Readonly<Record<PersonRole, string>>;
  readonly experts: string;
  readonly disclaimers: Readonly<Record<DisclaimerKind, string>>;
  readonly dismissDisclaimer: string;
  /** The topic index: its heading, the filter box's label, "Also called" before other names, and the count it shows and says. */
  readonly topicIndex: {
    readonly heading: string;
    readonly filter: string;
    readonly alsoCalled: string;
    readonly count: (shown: number, all: number) => string;
  };
  /** Said to screen readers (a polite status) when newer content arrives and replaces what was shown: what changed, in the content's words. */
  readonly contentUpdated: (summary: string) => string;
  readonly evidenceNote: string;
  readonly contents: string;
  /** Before the source article's date: "Source article published". */
  readonly published: string;
  /** Before the date the curator first published this page. */
  readonly released: string;
  readonly sourcesChecked: string;
  /** The row of the last review when it was a sources check: "Sources last checked". */
  readonly sourcesLastChecked: string;
  /** When the content last changed for readers. */
  readonly updated: string;
  readonly lastReviewed: string;
  readonly nextReview: string;
  /** What the last review was, after its date: "(sources checked; not reviewed by a clinician)". */
  readonly reviewScopes: Readonly<Record<ReviewScope, string>>;
  /** Before the date a review fell due: "Due for review since" (23 May 2027). */
  readonly reviewDue: string;
  /** After it: what that means for the reader. */
  readonly reviewDueNote: string;
  /** "From the Hinge Health article (2023)": the words of a section or item come from the source. */
  readonly fromSource: (publisher: string, year: string) => string;
  /** "Added by Limber from NHS inform, Mayo Clinic" (or "Added by Limber" with no sources named). */
  readonly addedFrom: (curator: string, sources: readonly string[]) => string;
  /**
   * The article header's plain statement of what the topic is, as the words before and after the
   * source article's title (shown between them in its own language, with `lang`).
   */
  readonly aboutTopic: (about: { curator: string; publisher: string; published: string; checked?: string }) => readonly [string, string];
  /** "Written by Limber from the sources it names": a section or item of a topic with no source article. */
  readonly writtenBy: (curator: string) => string;
  /** The article header's statement for a topic with no source article: who wrote it, and from what. */
  readonly aboutOwnTopic: (curator: string) => string;
  /** Before a guideline's recommendation of a treatment: "Recommendation". */
  readonly recommendationLabel: string;
  /** What each strength of a guideline's recommendation means, in plain words. */
  readonly recommendations: Readonly<Record<RecommendationStrength, string>>;
  /** One line saying a topic is a translation and whether a clinician has reviewed it. */
  readonly translated: (from: string, clinicallyReviewed: boolean) => string;
  /** Marks a quote shown in translation; its original words follow, in their own language. */
  readonly translatedQuote: string;
  /** Marks a quote in the source publisher's own translation (its edition in this language). */
  readonly editionQuote: string;
  /** Under an item with a valid clinical sign-off: "Reviewed by A, PT, DPT on March 3, 2027". */
  readonly reviewedBy: (reviewers: readonly string[], date: string) => string;
  /** Under an item changed since its clinical sign-off. */
  readonly changedSinceReview: (date: string) => string;
  /** In place of an item that has no valid clinical sign-off, where the host requires one. */
  readonly reviewRequired: Readonly<Record<ReviewItemKind, string>>;
  /** On the emergency card where the host requires a clinical review it does not have. */
  readonly emergencyAlwaysShown: string;
  /** Above a host's care options on a care card: they come from the reader's plan or employer, not from the sources. */
  readonly careOptionsFrom: string;
  readonly careOptionKinds: Readonly<Record<CareOptionKind, string>>;
  /** The languages a care option's staff speak, in its details line: "Languages: English, Spanish". */
  readonly careOptionLanguages: (languages: string) => string;
  /** Labels the original words of a translated quote. */
  readonly originalWords: string;
  /** Under the experts: whom they are named by, and that they did not review the additions. */
  readonly expertsNote: (publisher: string, year: string, curator: string) => string;
  readonly whenToGetHelp: string;
  /** On a card that stands alone: the disclosure holding the urgent and non-urgent advice. */
  readonly whenToSeeDoctor: string;
  /** The lines to read before the first exercise (injury, pregnancy, when to stop). */
  readonly beforeYouStart: string;
  readonly date: (iso: string) => string;
  /** The words APA 7 puts around a reference in this language. */
  readonly apa: ApaWords;
  /** After a reference, how it was read, where that matters (see `READER_NOTES`). */
  readonly readerNotes: Readonly<Record<ReaderNote, string>>;
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

/** APA 7's English words. */
const ENGLISH_APA: ApaWords = {
  noDate: 'n.d.',
  issued: (year, month, day) =>
    month === undefined ? `${year}` : `${year}, ${ENGLISH_MONTHS[month - 1]}${day === undefined ? '' : ` ${day}`}`,
  retrieved: (year, month, day) =>
    `Retrieved ${month === undefined ? year : `${ENGLISH_MONTHS[month - 1]}${day === undefined ? '' : ` ${day}`}, ${year}`}, from `,
  beforeLast: ', & ',
  in: 'In',
  originalPublished: (year) => `Original work published ${year}`,
};

/** English, the words every other table is translated from; always loaded. */
export const en: Messages = {
  goal: 'Goal',
  goals: { 'nerve-mobility': 'Nerve mobility', mobility: 'Mobility', flexibility: 'Flexibility', strength: 'Strength' },
  startingPosition: 'Starting position',
  steps: 'Steps',
  dosage: 'How much',
  reps: 'Repetitions',
  sets: 'Sets',
  hold: 'Hold',
  howOften: 'How often',
  noDose:
    'Its source does not say how long to hold it or how many times to do it. Ask a doctor or physical therapist how much to do. If you cannot ask one, choose an exercise that gives an amount.',
  doseSource: 'This dose is the one its source gives for this movement.',
  rest: 'Rest between sets',
  figureStart: 'Start',
  figureStep: (step) => `Step ${step}`,
  playMovement: 'Play the movement',
  startGuided: 'Start guided exercise',
  remindMe: 'Add reminders to my calendar',
  doneToday: (done, of) => (of === undefined ? `Done ${done === 1 ? 'once' : `${done} times`} today` : `Done ${done} of ${of} times today`),
  forgetProgress: 'Forget my progress',
  printedFrom: (url) => `Printed from ${url}`,
  stopIf: 'Stop and get advice if',
  warningPrefix: 'Warning: ',
  video: 'Video',
  videoDescription: 'What the video shows',
  sources: 'Sources',
  source: (n) => `Source ${n}`,
  exercises: 'Exercises',
  problem: 'Content problem',
  problemIn: 'in',
  times: (n) => (n === 1 ? 'once' : `${n} times`),
  upTo: (times) => `Up to ${times}`,
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
  emergencyNumber: (region) => (region ? NUMBERS[region] : 'your local emergency number'),
  urgentHelp: (region) => (region ? URGENT[region] : 'get urgent care'),
  emergencyPlace: (region) => (region ? PLACES[region] : 'the nearest emergency department'),
  emergencyLine: (region) => `Have an emergency sign? Call ${en.emergencyNumber(region)} now.`,
  roles: {
    author: 'Author',
    expert: 'Expert quoted in the article',
    'medical-reviewer': 'Medical reviewer of the source article',
    'clinical-reviewer': 'Clinical reviewer of the source article',
  },
  experts: 'Experts named in the source article',
  disclaimers: {
    article: 'Disclaimer',
    video: 'About the source article’s exercise videos',
    medicine: 'About medicines',
    exercise: 'About these exercises',
  },
  dismissDisclaimer: 'Dismiss',
  topicIndex: {
    heading: 'Health topics A to Z',
    filter: 'Find a topic',
    alsoCalled: 'Also called',
    count: (shown, all) =>
      shown === all ? `${all} ${all === 1 ? 'topic' : 'topics'}` : shown === 0 ? 'No topic matches' : `${shown} of ${all} topics match`,
  },
  contentUpdated: (summary) => `This content was just updated. ${summary}`,
  evidenceNote: 'Evidence note',
  contents: 'Contents',
  published: 'Source article published',
  released: 'First published here',
  sourcesChecked: 'Additions checked against their sources',
  sourcesLastChecked: 'Sources last checked',
  updated: 'Updated',
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review',
  reviewScopes: { 'sources-checked': 'not reviewed by a clinician', clinical: 'reviewed by a clinician' },
  reviewDue: 'Due for review since',
  reviewDueNote: 'Some of it may be out of date.',
  fromSource: (publisher, year) => `From the ${publisher} article (${year})`,
  addedFrom: (curator, sources) => `Added by ${curator}${sources.length > 0 ? ` from ${listInEnglish(sources)}` : ''}`,
  aboutTopic: ({ curator, publisher, published, checked }) => [
    `${curator} based this page on an article by ${publisher}, “`,
    `” (${published}). ${curator} added exercises, care advice and notes from public sources${checked ? `, checked ${checked}` : ''}. Each part says where it comes from.`,
  ],
  writtenBy: (curator) => `Written by ${curator} from the sources it names`,
  aboutOwnTopic: (curator) => `${curator} wrote this page from public sources. Each part names its sources.`,
  recommendationLabel: 'Recommendation',
  recommendations: {
    strong: 'A guideline for doctors strongly recommends this.',
    conditional: 'A guideline for doctors says this may help some people. Talk it over with your doctor.',
  },
  translated: (from, reviewed) =>
    `Translated from ${languageName(from, 'en')}. ${reviewed ? 'A clinician has reviewed the translation.' : 'The translation has not had a clinical review yet.'}`,
  translatedQuote: 'Translated quote',
  editionQuote: 'from the publisher’s own translation',
  reviewedBy: (reviewers, date) => `Reviewed by ${listInEnglish(reviewers)} on ${date}.`,
  changedSinceReview: (date) => `Changed since a clinician reviewed it on ${date}. It has not been clinically reviewed since.`,
  reviewRequired: {
    exercise: 'This exercise is not shown here because a clinician has not reviewed it yet.',
    care: 'This advice is not shown here because a clinician has not reviewed it yet.',
    treatment: 'This treatment is not shown here because a clinician has not reviewed it yet.',
    tip: 'This tip is not shown here because a clinician has not reviewed it yet.',
    causes: 'This section is not shown here because a clinician has not reviewed it yet.',
  },
  emergencyAlwaysShown: 'A clinician has not reviewed this advice yet. It is shown anyway, because emergency signs are never hidden.',
  careOptionsFrom: 'Your health plan or employer also offers this care. It does not come from the sources on this page.',
  careOptionKinds: {
    'nurse-line': 'Nurse line',
    telehealth: 'Video or phone visit',
    'physical-therapy': 'Physical therapy',
    clinic: 'Clinic visit',
    other: 'Other care',
  },
  careOptionLanguages: (languages) => `Languages: ${languages}`,
  originalWords: 'Original words',
  expertsNote: (publisher, year, curator) =>
    `These experts are named in the ${publisher} article (${year}). They took part in that article only; they have not reviewed what ${curator} added.`,
  whenToGetHelp: 'When to get help',
  whenToSeeDoctor: 'When to see a doctor',
  beforeYouStart: 'Before you start',
  date: formatEnglishDate,
  apa: ENGLISH_APA,
  readerNotes: {
    'older-address': 'Limber read this page at an older address of the same site.',
    'earlier-copy': 'Limber read an earlier copy of this page on its publisher’s own server.',
    'licensed-copy': 'Limber read a copy that its publisher let another site use.',
    'not-read': 'The source article lists this. Limber could not find it to read.',
    'details-unverified': 'Limber could not check some details of this reference, such as its issue or DOI.',
  },
};
