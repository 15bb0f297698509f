/** The schema of an exercise, of a quotation, and of review dates, as runtime checks. */
import { EXERCISE_GOALS, FREQUENCY_PERIODS, REVIEW_SCOPES, type IsoDate, type ReviewDates } from '../../model/index.js';
import { figure } from './figure-schema.js';
import { type ContentProblem, arrayOf, child, either, object, optional, refine, verbatim } from './check.js';
import { boolean, identifier, isoDate, oneOf, positiveInteger, richText, text, url } from './values.js';

const REVIEW_DATES = {
  dependentRequired: { lastReviewed: ['reviewScope'], reviewScope: ['lastReviewed'] },
  $comment: 'The validator also checks the order: published ≤ lastReviewed < nextReview.',
};

const reviewFields = () => ({
  lastReviewed: optional(isoDate()),
  reviewScope: optional(oneOf(REVIEW_SCOPES)),
  nextReview: optional(isoDate()),
});

/** `lastReviewed` and `reviewScope` come together, and each date follows the one before it (published, last reviewed, next review). */
function inOrder(dates: ReviewDates & { readonly published?: IsoDate }, path: string, problems: ContentProblem[]): void {
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
}

/** An item's review dates. */
export const reviewDates = () => refine(object(reviewFields(), REVIEW_DATES), inOrder);

/** A topic's dates: published, released, updated and sources checked beside its review dates. */
export const topicDates = () =>
  refine(
    object(
      {
        published: isoDate(),
        released: optional(isoDate()),
        updated: optional(isoDate()),
        sourcesChecked: optional(isoDate()),
        ...reviewFields(),
      },
      REVIEW_DATES,
    ),
    inOrder,
  );

export const quote = object({ text: text(), personId: identifier(), original: optional(text()), edition: optional(identifier()) });

const holdSeconds = either(
  'expected a positive integer or { min, max } with min < max',
  positiveInteger(),
  refine(
    object({ min: positiveInteger(), max: positiveInteger() }, { $comment: 'The validator also checks min < max.' }),
    ({ min, max }, path, problems) => {
      if (min >= max) problems.push({ path, message: 'min must be less than max' });
    },
  ),
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
    repsUpTo: optional(boolean()),
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
      // A language tag, kept as it is in a translation.
      captions: object({ src: url('media'), srclang: verbatim(text({ maxLength: 35 })), label: text({ maxLength: 100 }) }),
      description: richText(),
    }),
  ),
  figure: optional(figure),
  references: arrayOf(identifier(), { min: 1 }),
  dates: optional(reviewDates()),
});

/** An exercise; step numbers a figure frame or a hold points at must be steps the exercise has. */
export const exercise = refine(
  exerciseShape,
  ({ steps, dosage, figure }, path, problems) => {
    const check = (step: number | undefined, at: string): void => {
      if (step !== undefined && step > steps.length)
        problems.push({ path: at, message: `step ${step} does not exist (${steps.length} steps)` });
    };
    dosage.holdSteps?.forEach((step, index) => check(step, `${child(path, 'dosage.holdSteps')}[${index}]`));
    figure?.frames.forEach((frame, index) => check(frame.step, `${child(path, 'figure.frames')}[${index}].step`));
  },
  'The validator also checks that figure frames and holdSteps name steps the exercise has.',
);
