/**
 * The Limber content model: everything a topic holds, as plain readonly data.
 *
 * Content files in `content/<topic>/<locale>.ts` `satisfies Topic`, so a missing or mistyped
 * field is a compile error. Content that arrives at run time (an element's `data` property, a
 * provider's catalog) is checked by `validate.ts` against the same shapes.
 */

/**
 * Inline rich text: plain words with `*emphasis*`, `[label](url)` links and `[^reference-id]`
 * citation markers. Never HTML; see `rich-text.ts`.
 */
export type RichText = string;

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** A URL string; it must pass the URL policy in `urls.ts` before it is rendered. */
export type Url = string;

/** Where an item's facts come from: the topic's source article, or a reference it cites. */
export type Provenance = 'source-article' | 'added';

/** What an exercise is for. */
export type ExerciseGoal = 'nerve-mobility' | 'flexibility' | 'strength';

/** The exercise goals, in display order. */
export const EXERCISE_GOALS: readonly ExerciseGoal[] = ['nerve-mobility', 'flexibility', 'strength'];

/** A hold time: a fixed number of seconds, or a range such as 20 to 30. */
export type HoldSeconds = number | { readonly min: number; readonly max: number };

/** How often to do an exercise: `times` per `per`. */
export interface Frequency {
  readonly times: number;
  readonly per: 'day' | 'week';
}

/**
 * How much of an exercise to do. Every number is optional: a field no source gives stays empty,
 * and the card says "as your clinician advises" instead of inventing one.
 */
export interface Dosage {
  readonly reps?: number;
  readonly sets?: number;
  readonly holdSeconds?: HoldSeconds;
  readonly frequency?: Frequency;
  /** Progression or side notes, such as "add one or two every few days". */
  readonly note?: RichText;
}

/** A captions track for a video. */
export interface CaptionsTrack {
  readonly src: Url;
  /** BCP 47 language of the captions, e.g. `en`. */
  readonly srclang: string;
  /** The track's name in the player's menu. */
  readonly label: string;
}

/** A demonstration video. Captions are required: a video without them is not accessible. */
export interface ExerciseMedia {
  readonly video: Url;
  readonly poster?: Url;
  readonly captions: CaptionsTrack;
  /** What the video shows, for people who cannot watch it. */
  readonly description: RichText;
}

/** One exercise. */
export interface Exercise {
  /** Stable id, kebab-case, unique across the catalog, e.g. `sciatic-nerve-glide`. */
  readonly id: string;
  readonly name: string;
  readonly goal: ExerciseGoal;
  /** One or two sentences on what the exercise does. */
  readonly summary?: RichText;
  readonly startingPosition: RichText;
  readonly steps: readonly RichText[];
  readonly dosage: Dosage;
  /** When to stop; rendered as a clearly marked warning list. */
  readonly stopIf: readonly RichText[];
  readonly media?: ExerciseMedia;
  /** Ids of the references this exercise is written from; at least one. */
  readonly references: readonly string[];
}

/** A person's part in a topic. */
export type PersonRole = 'author' | 'medical-reviewer' | 'clinical-reviewer';

/** A photo with its text alternative. */
export interface Photo {
  readonly src: Url;
  readonly alt: string;
}

/** An expert named by the source. */
export interface Person {
  readonly id: string;
  readonly name: string;
  /** Post-nominal letters as the source prints them, e.g. `PT, DPT`. */
  readonly credentials: string;
  /** Job title as the source gives it. */
  readonly jobTitle: string;
  readonly roles: readonly PersonRole[];
  readonly bio: RichText;
  readonly photo?: Photo;
}

/** Words the source puts in quotation marks, attributed as the source attributes them. */
export interface Quote {
  readonly text: string;
  readonly personId: string;
}

/** One cause of the condition. */
export interface Cause {
  readonly id: string;
  readonly name: string;
  readonly description: RichText;
}

/** The causes section. */
export interface CausesSection {
  readonly heading: string;
  readonly intro: RichText;
  /** The reassurance that such changes are common without symptoms, with its citation. */
  readonly reassurance: RichText;
  readonly causes: readonly Cause[];
}

/** A treatment other than exercise. */
export interface Treatment {
  readonly id: string;
  readonly name: string;
  readonly description: RichText;
  readonly quotes: readonly Quote[];
  /** Where later evidence differs from the source article, said beside it and cited. */
  readonly evidenceNote?: RichText;
}

/** The treatments section. */
export interface TreatmentsSection {
  readonly heading: string;
  readonly intro: RichText;
  readonly items: readonly Treatment[];
}

/** The exercises section. */
export interface ExercisesSection {
  readonly heading: string;
  readonly intro: RichText;
  readonly quotes: readonly Quote[];
  /** General rules that apply to every exercise (start gently, stop if it hurts...). */
  readonly safety: readonly RichText[];
  readonly items: readonly Exercise[];
}

/** A callout such as the physical therapist's tip. */
export interface Tip {
  readonly id: string;
  readonly kind: 'tip' | 'note' | 'warning';
  readonly title: string;
  readonly body: RichText;
  readonly quotes: readonly Quote[];
}

/** How urgently to get help. */
export type CareLevel = 'non-urgent' | 'urgent' | 'emergency';

/** When to get help, at one level of urgency. */
export interface CareAdvice {
  readonly level: CareLevel;
  readonly heading: string;
  /** The signs that call for this level of care. */
  readonly signs: readonly RichText[];
  /** What to do. `{emergency-number}` and `{urgent-number}` are filled in by region. */
  readonly action: RichText;
  readonly provenance: Provenance;
  readonly references: readonly string[];
}

/** What kind of disclaimer. */
export type DisclaimerKind = 'article' | 'video' | 'medicine';

/** A disclaimer from the source or added for safety. */
export interface Disclaimer {
  readonly kind: DisclaimerKind;
  readonly text: RichText;
  readonly provenance: Provenance;
}

/** The call to action; the host supplies the link. */
export interface CallToAction {
  readonly heading: string;
  readonly body: readonly RichText[];
  readonly label: string;
}

/** A CSL-JSON name: a person's family and given names, or an organisation as a literal. */
export type CslName =
  | { readonly family: string; readonly given?: string }
  | { readonly literal: string };

/** A CSL-JSON date: `[[year, month?, day?]]`. */
export interface CslDate {
  readonly 'date-parts': readonly [readonly [number, number?, number?]];
}

/** A reference, shaped like CSL-JSON so it can be formatted to APA 7. */
export interface Reference {
  readonly id: string;
  readonly type: 'article-journal' | 'webpage' | 'book' | 'chapter' | 'report';
  readonly author?: readonly CslName[];
  readonly issued?: CslDate;
  readonly title: string;
  readonly 'container-title'?: string;
  readonly publisher?: string;
  readonly volume?: string;
  readonly issue?: string;
  readonly page?: string;
  /** A bare DOI such as `10.1097/BRS.0000000000002961`, not a URL. */
  readonly DOI?: string;
  readonly URL?: Url;
  readonly accessed?: CslDate;
  /** What is known to be missing or unverified; never shown as a fact. */
  readonly note?: string;
  readonly provenance: Provenance;
}

/** Publication dates of a topic. */
export interface TopicDates {
  readonly published: IsoDate;
  readonly lastReviewed?: IsoDate;
  readonly nextReview?: IsoDate;
}

/** The article a topic is written from. */
export interface TopicSource {
  readonly publisher: string;
  readonly title: string;
  readonly url?: Url;
}

/** One topic in one locale: the whole article and what Limber adds to it. */
export interface Topic {
  readonly id: string;
  /** BCP 47 locale of this text, e.g. `en`. */
  readonly locale: string;
  readonly title: string;
  readonly summary: RichText;
  /** The opening paragraphs: what the condition is. */
  readonly intro: readonly RichText[];
  readonly introQuotes: readonly Quote[];
  readonly dates: TopicDates;
  readonly source: TopicSource;
  readonly people: readonly Person[];
  readonly causes: CausesSection;
  readonly exercises: ExercisesSection;
  readonly treatments: TreatmentsSection;
  readonly tips: readonly Tip[];
  readonly careAdvice: readonly CareAdvice[];
  readonly disclaimers: readonly Disclaimer[];
  readonly callToAction: CallToAction;
  readonly references: readonly Reference[];
}
