/** The schema of an exercise, and of a quotation, as runtime checks. */
import { EXERCISE_GOALS, FREQUENCY_PERIODS, type Exercise } from '../model.js';
import { figure } from './figure-schema.js';
import { type Check, arrayOf, child, either, identifier, object, oneOf, optional, positiveInteger, richText, text, url } from './checks.js';

export const quote = object({ text: text(), personId: identifier(), original: optional(text()) });

const holdSeconds = either('expected a positive integer or { min, max } with min < max', positiveInteger(), (value, path, problems) => {
  object({ min: positiveInteger(), max: positiveInteger() })(value, path, problems);
  const range = value as { min?: unknown; max?: unknown };
  if (problems.length === 0 && Number(range.min) >= Number(range.max)) {
    problems.push({ path, message: 'min must be less than max' });
  }
});

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
});

/** Step numbers a figure frame or a hold points at must be steps the exercise has. */
export const exercise: Check = (value, path, problems) => {
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
};
