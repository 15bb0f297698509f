import type { RichText, Url } from './common.js';
import type { ReviewDates } from './review-dates.js';
import type { ExerciseFigure } from './figure.js';

/** The exercise goals, in display order. `mobility` is gentle movement of the back or hips. */
/** How often a frequency counts: per day or per week. */
export const FREQUENCY_PERIODS = ['day', 'week'] as const;
export type FrequencyPeriod = (typeof FREQUENCY_PERIODS)[number];

export const EXERCISE_GOALS = ['nerve-mobility', 'mobility', 'flexibility', 'strength'] as const;

/** What an exercise is for. */
export type ExerciseGoal = (typeof EXERCISE_GOALS)[number];

/** A hold time: a fixed number of seconds, or a range such as 20 to 30. */
export type HoldSeconds = number | { readonly min: number; readonly max: number };

/** How often to do an exercise: `times` per `per`. */
export interface Frequency {
  readonly times: number;
  readonly per: FrequencyPeriod;
}

/**
 * How much of an exercise to do. Every number is optional: a field no source gives stays empty,
 * and the card says "as your clinician advises" instead of inventing one.
 */
export interface Dosage {
  readonly reps?: number;
  /** The source gives `reps` as the most to do ("up to 5 times"), not a number to reach. */
  readonly repsUpTo?: boolean;
  readonly sets?: number;
  readonly holdSeconds?: HoldSeconds;
  readonly frequency?: Frequency;
  /** Rest between sets, in seconds; the guided mode times it. */
  readonly restSeconds?: number;
  /**
   * The steps (1-based) at which the hold is held. The guided mode times `holdSeconds` only at
   * these steps; without them it guides step by step and times no hold.
   */
  readonly holdSteps?: readonly number[];
  /** Progression or side notes, such as "add one or two every few days". */
  readonly note?: RichText;
  /**
   * Ids of the references that state this dose for this movement. Required (by
   * `npm run check -- content`) whenever a number is given: a dose belongs to the movement its
   * source gives it for.
   */
  readonly references?: readonly string[];
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
  /** A drawing of the movement, posed from data; shown above the steps and in the guided mode. */
  readonly figure?: ExerciseFigure;
  /** Ids of the references this exercise is written from; at least one. */
  readonly references: readonly string[];
  /** Review dates of this exercise where they differ from its topic's. */
  readonly dates?: ReviewDates;
}
