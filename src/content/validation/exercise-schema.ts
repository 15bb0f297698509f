/** The schema of an exercise, and of a quotation, as runtime checks. */
import { EXERCISE_GOALS, FREQUENCY_PERIODS, REVIEW_SCOPES, type Exercise, type ReviewDates } from '../../model/index.js';
import { figure } from './figure-schema.js';
import {
  type Check,
  type Optional,
  arrayOf,
  checked,
  child,
  either,
  identifier,
  isoDate,
  object,
  oneOf,
  optional,
  positiveInteger,
  richText,
  text,
  url,
} from './checks.js';

/**
 * Review dates (with any `fields` beside them): `lastReviewed` and `reviewScope` come together,
 * and each date follows the one before it (published, last reviewed, next review).
 */
export function reviewDates(fields: Readonly<Record<string, Check | Optional>> = {}): Check {
  const shape = object(
    { ...fields, lastReviewed: optional(isoDate()), reviewScope: optional(oneOf(REVIEW_SCOPES)), nextReview: optional(isoDate()) },
    {
      dependentRequired: { lastReviewed: ['reviewScope'], reviewScope: ['lastReviewed'] },
      $comment: 'The validator also checks the order: published ≤ lastReviewed < nextReview.',
    },
  );
  return checked((value, path, problems) => {
    const before = problems.length;
    shape(value, path, problems);
    if (problems.length !== before) return;
    const dates = value as ReviewDates & { published?: string };
    if ((dates.lastReviewed === undefined) !== (dates.reviewScope === undefined)) {
      problems.push({ path, message: 'lastReviewed and reviewScope come together: when, and what kind of review' });
    }
    const [first, second, third] = [dates.published, dates.lastReviewed, dates.nextReview];
    if (first !== undefined && second !== undefined && second < first) {
      problems.push({ path: child(path, 'lastReviewed'), message: `${second} is before the published date ${first}` });
    }
    const previous = second ?? first;
    if (third !== undefined && previous !== undefined && third <= previous) {
      problems.push({ path: child(path, 'nextReview'), message: `${third} is not after ${previous}` });
    }
  }, shape.schema);
}

export const quote = object({ text: text(), personId: identifier(), original: optional(text()), edition: optional(identifier()) });

const range = object({ min: positiveInteger(), max: positiveInteger() }, { $comment: 'The validator also checks min < max.' });
const holdSeconds = either(
  'expected a positive integer or { min, max } with min < max',
  positiveInteger(),
  checked((value, path, problems) => {
    range(value, path, problems);
    const { min, max } = value as { min?: unknown; max?: unknown };
    if (problems.length === 0 && Number(min) >= Number(max)) {
      problems.push({ path, message: 'min must be less than max' });
    }
  }, range.schema),
);

const exerciseShape = object({
  id: identifier(),
  name: text({ maxLength: 200 }),
  goal: oneOf(EXERCISE_GOALS),
  summary: optional(richText()),
  startingPosition: richText(),
  steps: arrayOf(richText(), { min: 1, max: 30 }),
  dosage: object({
    reps: optional(positiveInteger()),
    sets: optional(positiveInteger()),
    holdSeconds: optional(holdSeconds),
    frequency: optional(object({ times: positiveInteger(), per: oneOf(FREQUENCY_PERIODS) })),
    restSeconds: optional(positiveInteger()),
    holdSteps: optional(arrayOf(positiveInteger(), { min: 1, max: 30 })),
    note: optional(richText()),
    references: optional(arrayOf(identifier())),
  }),
  stopIf: arrayOf(richText(), { min: 1, max: 30 }),
  media: optional(
    object({
      video: url('media'),
      poster: optional(url('media')),
      captions: object({ src: url('media'), srclang: text({ maxLength: 35 }), label: text({ maxLength: 100 }) }),
      description: richText(),
    }),
  ),
  figure: optional(figure),
  references: arrayOf(identifier(), { min: 1 }),
  dates: optional(reviewDates()),
});

/** Step numbers a figure frame or a hold points at must be steps the exercise has. */
export const exercise: Check = checked(
  (value, path, problems) => {
    const before = problems.length;
    exerciseShape(value, path, problems);
    if (problems.length !== before) return;
    const { steps, dosage, figure } = value as Exercise;
    const check = (step: number | undefined, at: string): void => {
      if (step !== undefined && step > steps.length)
        problems.push({ path: at, message: `step ${step} does not exist (${steps.length} steps)` });
    };
    dosage.holdSteps?.forEach((step, index) => check(step, `${child(path, 'dosage.holdSteps')}[${index}]`));
    figure?.frames.forEach((frame, index) => check(frame.step, `${child(path, 'figure.frames')}[${index}].step`));
  },
  { ...exerciseShape.schema, $comment: 'The validator also checks that figure frames and holdSteps name steps the exercise has.' },
);
