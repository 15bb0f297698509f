import type { IsoDate, Provenance, RichText, Url } from './common.js';
import type { Exercise } from './exercise.js';
import type { Reference } from './reference.js';
import type { TopicReview } from './review.js';
import type { ReviewDates } from './review-dates.js';

export { REVIEW_SCOPES, type ReviewScope, type ReviewDates } from './review-dates.js';

/**
 * A person's part in the source article: `author` (the article says they wrote it), `expert`
 * (listed among its experts, as a person it may quote), or one of its reviewers. Reviewers
 * reviewed the source article only, never what Limber added, and are never quoted.
 */
export const PERSON_ROLES = ['author', 'expert', 'medical-reviewer', 'clinical-reviewer'] as const;

/** A person's part in a topic; see `PERSON_ROLES`. */
export type PersonRole = (typeof PERSON_ROLES)[number];

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
  /** The words, in the topic's language: a translation when `original` is set. */
  readonly text: string;
  readonly personId: string;
  /**
   * In a translated topic, the words as the source prints them, in the language the topic was
   * translated from; readers see the translation marked as one, with these words beside it.
   */
  readonly original?: string;
  /**
   * The id of a reference: the publisher's own edition in this language that prints `text` as
   * these words. Readers then see the quote as the publisher's translation, not Limber's.
   */
  readonly edition?: string;
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
  /** Added beside the source's words where other evidence differs or adds a safety point; cited. */
  readonly evidenceNote?: RichText;
  /** How strongly a clinical guideline recommends it, where one does: readers see the strength and the guideline. */
  readonly recommendation?: Recommendation;
}

/**
 * A guideline's recommendations come in two strengths (GRADE): `strong`, when its panel is
 * confident the benefits outweigh the harms for almost everyone; `conditional`, when the balance
 * is closer and the choice depends on the person.
 */
export const RECOMMENDATION_STRENGTHS = ['strong', 'conditional'] as const;
export type RecommendationStrength = (typeof RECOMMENDATION_STRENGTHS)[number];

/** How strongly a guideline recommends a treatment: its strength, and the reference id of the guideline. */
export interface Recommendation {
  readonly strength: RecommendationStrength;
  readonly reference: string;
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
  /** What the source article says about its own exercises. */
  readonly intro: RichText;
  /** Quotes about the source article's exercises, shown with its statement, never with Limber's. */
  readonly quotes: readonly Quote[];
  /** What the exercises below are and where they come from, when they were not in the source. */
  readonly addedIntro?: RichText;
  /** General rules that apply to every exercise (start gently, stop if it hurts...). */
  readonly safety: readonly RichText[];
  readonly items: readonly Exercise[];
}

/** The kinds of callout, from the mildest. */
export const TIP_KINDS = ['tip', 'note', 'warning'] as const;
export type TipKind = (typeof TIP_KINDS)[number];

/** A callout such as the physical therapist's tip. */
export interface Tip {
  readonly id: string;
  readonly kind: TipKind;
  readonly title: string;
  readonly body: RichText;
  readonly quotes: readonly Quote[];
}

/** The care levels, least urgent first. */
export const CARE_LEVELS = ['non-urgent', 'urgent', 'emergency'] as const;

/** How urgently to get help. */
export type CareLevel = (typeof CARE_LEVELS)[number];

/**
 * One sign that calls for a level of care. `concept` names the sign whatever its wording
 * (`bladder-bowel-control`), so a check can prove no sign sits at two levels of one topic.
 * Plain rich text is accepted too, for host content that does not name concepts.
 */
export interface CareSign {
  readonly text: RichText;
  readonly concept: string;
}

/** When to get help, at one level of urgency. */
export interface CareAdvice {
  readonly level: CareLevel;
  readonly heading: string;
  /** The signs that call for this level of care; each may cite its own source with `[^id]`. */
  readonly signs: readonly (RichText | CareSign)[];
  /** What to do. `{emergency-number}` and `{urgent-help}` are filled in by region. */
  readonly action: RichText;
  readonly provenance: Provenance;
  readonly references: readonly string[];
  /** Review dates of this advice where they differ from its topic's. */
  readonly dates?: ReviewDates;
}

/** The disclaimer kinds: the source article's (`article`, `video`, `medicine`) and Limber's own `exercise`. */
export const DISCLAIMER_KINDS = ['article', 'video', 'medicine', 'exercise'] as const;

/** What kind of disclaimer. */
export type DisclaimerKind = (typeof DISCLAIMER_KINDS)[number];

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

/** Publication and review dates of a topic. */
export interface TopicDates extends ReviewDates {
  /** When the source article was published (readers see it as the source article's date). */
  readonly published: IsoDate;
  /** When its curator first published this adaptation (structured data's `datePublished`). */
  readonly released?: IsoDate;
  /** When the content Limber added was last checked against the publishers' own pages. */
  readonly sourcesChecked?: IsoDate;
  /**
   * When the content last changed for readers: the newest entry of the topic's changes (readers
   * see "Updated"; structured data's `dateModified`).
   */
  readonly updated?: IsoDate;
}

/** The article a topic is written from. */
export interface TopicSource {
  readonly publisher: string;
  readonly title: string;
  readonly url?: Url;
  /** Ids of the people the source article quotes; quotes name only these people. */
  readonly quoted?: readonly string[];
}

/**
 * Where a translated topic comes from, shown to readers in one line: "Translated from English;
 * the translation has not yet had a clinical review".
 */
export interface Translation {
  /** The locale of the text it was translated from, e.g. `en`. */
  readonly from: string;
  /** Who translated it, e.g. "Limber contributors". */
  readonly by: string;
  /** When the translation was made or last brought up to date with its source. */
  readonly date: IsoDate;
  /** Whether a clinician has reviewed the translation. Never true unless one has. */
  readonly clinicallyReviewed: boolean;
}

/** The health condition a topic is about, as its text names it (for structured data). */
export interface Condition {
  /** The name the topic uses, e.g. "pinched nerve in the low back"; readers see it in the text. */
  readonly name: string;
  /** Another name the text uses for it, e.g. "sciatica". */
  readonly alternateName?: string;
}

/** One topic in one locale: the whole article and what Limber adds to it. */
export interface Topic {
  readonly id: string;
  /** The condition the topic is about; structured data names it as the page's `about`. */
  readonly condition?: Condition;
  /** Who adapted the source and added to it, in "Added by … from NHS"; `Limber` when unset. */
  readonly curator?: string;
  /** BCP 47 locale of this text, e.g. `en`. */
  readonly locale: string;
  /**
   * Set when this text is a translation. Quotes then carry their `original` words; the source
   * article's title and the references stay in the language they were published in.
   */
  readonly translation?: Translation;
  readonly title: string;
  readonly summary: RichText;
  /** The opening paragraphs: what the condition is. */
  readonly intro: readonly RichText[];
  readonly introQuotes: readonly Quote[];
  readonly dates: TopicDates;
  /** The article the topic adapts; none when Limber wrote the topic itself from the references it cites. */
  readonly source?: TopicSource;
  /** The people the source article names; none for a topic without a source article. */
  readonly people: readonly Person[];
  readonly causes: CausesSection;
  readonly exercises: ExercisesSection;
  readonly treatments: TreatmentsSection;
  readonly tips: readonly Tip[];
  readonly careAdvice: readonly CareAdvice[];
  readonly disclaimers: readonly Disclaimer[];
  /** The source article's call to action, where it has one. */
  readonly callToAction?: CallToAction;
  readonly references: readonly Reference[];
  /**
   * Who may sign off this text and what they signed. Readers see "Reviewed by …" on an item only
   * under a sign-off whose fingerprint still matches it; without one, the item is not clinically
   * reviewed, whatever else the topic says.
   */
  readonly review?: TopicReview;
}
