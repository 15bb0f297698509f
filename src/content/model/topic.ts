import type { IsoDate, Provenance, RichText, Url } from './common.js';
import type { Exercise } from './exercise.js';
import type { Reference } from './reference.js';

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
  /** What to do. `{emergency-number}` and `{urgent-help}` are filled in by region. */
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
