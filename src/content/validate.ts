import type { Exercise, Topic } from './model.js';
import { EXERCISE_GOALS } from './model.js';
import {
  arrayOf,
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
  type Check,
  type ContentProblem,
} from './validation/checks.js';

export type { ContentProblem } from './validation/checks.js';

/** The outcome of validating content from outside: the typed value, or every problem found. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly ContentProblem[] };

const quote = object({ text: text(), personId: identifier() });

const holdSeconds = either(
  'expected a positive integer or { min, max } with min < max',
  positiveInteger(),
  (value, path, problems) => {
    object({ min: positiveInteger(), max: positiveInteger() })(value, path, problems);
    const range = value as { min?: unknown; max?: unknown };
    if (problems.length === 0 && Number(range.min) >= Number(range.max)) {
      problems.push({ path, message: 'min must be less than max' });
    }
  },
);

const exercise = object({
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
    frequency: optional(object({ times: positiveInteger(), per: oneOf(['day', 'week']) })),
    note: optional(richText()),
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

/**
 * The topic schema, built on first use: only the provider validates whole topics, so an element
 * bundle that never calls `validateTopic` carries none of this.
 */
let topicCheck: Check | undefined;
function topicSchema(): Check {
  if (topicCheck) return topicCheck;
  const provenance = oneOf(['source-article', 'added']);

  const cslName = either(
    'expected { family, given? } or { literal }',
    object({ family: text(), given: optional(text()) }),
    object({ literal: text() }),
  );

  const cslDate: Check = (value, path, problems) => {
    const parts = (value as { 'date-parts'?: unknown } | null)?.['date-parts'];
    const first: unknown = Array.isArray(parts) ? parts[0] : undefined;
    const valid =
      typeof value === 'object' &&
      value !== null &&
      Object.keys(value).length === 1 &&
      Array.isArray(parts) &&
      parts.length === 1 &&
      Array.isArray(first) &&
      first.length >= 1 &&
      first.length <= 3 &&
      first.every((n: unknown) => Number.isInteger(n) && (n as number) > 0);
    if (!valid) problems.push({ path, message: 'expected { "date-parts": [[year, month?, day?]] }' });
  };

  const reference = object({
    id: identifier(),
    type: oneOf(['article-journal', 'webpage', 'book', 'chapter', 'report']),
    author: optional(arrayOf(cslName, { min: 1 })),
    issued: optional(cslDate),
    title: text(),
    'container-title': optional(text()),
    publisher: optional(text()),
    volume: optional(text()),
    issue: optional(text()),
    page: optional(text()),
    DOI: optional((value, path, problems) => {
      if (typeof value !== 'string' || !/^10\.\d{4,9}\/\S+$/.test(value)) {
        problems.push({ path, message: 'expected a bare DOI such as 10.1000/xyz' });
      }
    }),
    URL: optional(url('link')),
    accessed: optional(cslDate),
    note: optional(text()),
    provenance,
  });

  const section = (fields: Record<string, Check>): Check =>
    object({ heading: text(), intro: richText(), ...fields });

  const topic = object({
    id: identifier(),
    locale: text({ maxLength: 35 }),
    title: text(),
    summary: richText(),
    intro: arrayOf(richText()),
    introQuotes: arrayOf(quote),
    dates: object({
      published: isoDate(),
      lastReviewed: optional(isoDate()),
      nextReview: optional(isoDate()),
    }),
    source: object({ publisher: text(), title: text(), url: optional(url('link')) }),
    people: arrayOf(
      object({
        id: identifier(),
        name: text(),
        credentials: text(),
        jobTitle: text(),
        roles: arrayOf(oneOf(['author', 'medical-reviewer', 'clinical-reviewer']), { min: 1 }),
        bio: richText(),
        photo: optional(object({ src: url('media'), alt: text() })),
      }),
    ),
    causes: object({
      heading: text(),
      intro: richText(),
      reassurance: richText(),
      causes: arrayOf(object({ id: identifier(), name: text(), description: richText() }), { min: 1 }),
    }),
    exercises: section({ quotes: arrayOf(quote), safety: arrayOf(richText()), items: arrayOf(exercise) }),
    treatments: section({
      items: arrayOf(
        object({
          id: identifier(),
          name: text(),
          description: richText(),
          quotes: arrayOf(quote),
          evidenceNote: optional(richText()),
        }),
      ),
    }),
    tips: arrayOf(
      object({
        id: identifier(),
        kind: oneOf(['tip', 'note', 'warning']),
        title: text(),
        body: richText(),
        quotes: arrayOf(quote),
      }),
    ),
    careAdvice: arrayOf(
      object({
        level: oneOf(['non-urgent', 'urgent', 'emergency']),
        heading: text(),
        signs: arrayOf(richText(), { min: 1 }),
        action: richText(),
        provenance,
        references: arrayOf(identifier()),
      }),
    ),
    disclaimers: arrayOf(
      object({ kind: oneOf(['article', 'video', 'medicine']), text: richText(), provenance }),
    ),
    callToAction: object({ heading: text(), body: arrayOf(richText()), label: text() }),
    references: arrayOf(reference),
  });
  topicCheck = topic;
  return topic;
}

function run<T>(check: Check, value: unknown, path: string): ValidationResult<T> {
  const problems: ContentProblem[] = [];
  try {
    check(value, path, problems);
  } catch (error) {
    // Only exotic objects (a throwing getter or Proxy) reach here; JSON values never do.
    problems.push({ path: path || '(root)', message: `could not be read (${String(error)})` });
  }
  return problems.length === 0 ? { ok: true, value: value as T } : { ok: false, problems };
}

/** Validates an exercise from outside, e.g. an element's `data` property. Never throws. */
export function validateExercise(value: unknown, path = ''): ValidationResult<Exercise> {
  return run<Exercise>(exercise, value, path);
}

/** Validates a whole topic, e.g. one handed to `<limber-provider>` in a catalog. Never throws. */
export function validateTopic(value: unknown, path = ''): ValidationResult<Topic> {
  return run<Topic>(topicSchema(), value, path);
}

/** One problem as a line: `exercises.items[2].dosage.reps: expected a positive integer`. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.path || '(root)'}: ${problem.message}`;
}
