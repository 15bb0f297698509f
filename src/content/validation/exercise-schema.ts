/** The schema of an exercise, and of a quotation, as runtime checks. */
import { EXERCISE_GOALS, FREQUENCY_PERIODS } from '../model.js';
import { arrayOf, either, identifier, object, oneOf, optional, positiveInteger, richText, text, url } from './checks.js';

export const quote = object({ text: text(), personId: identifier(), original: optional(text()) });

const holdSeconds = either('expected a positive integer or { min, max } with min < max', positiveInteger(), (value, path, problems) => {
  object({ min: positiveInteger(), max: positiveInteger() })(value, path, problems);
  const range = value as { min?: unknown; max?: unknown };
  if (problems.length === 0 && Number(range.min) >= Number(range.max)) {
    problems.push({ path, message: 'min must be less than max' });
  }
});

export const exercise = object({
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
  references: arrayOf(identifier(), { min: 1 }),
});
