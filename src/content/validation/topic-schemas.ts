/** The schemas of a topic and its parts, as runtime checks. */
import type { CslDate } from '../../model/index.js';
import {
  CARE_LEVELS,
  DISCLAIMER_KINDS,
  PERSON_ROLES,
  PROVENANCES,
  READER_NOTES,
  RECOMMENDATION_STRENGTHS,
  REFERENCE_TYPES,
  TIP_KINDS,
} from '../../model/index.js';
import { arrayOf, checked, either, object, optional, verbatim, type Shape } from './check.js';
import { boolean, identifier, isoDate, languageTag, oneOf, richText, text, url } from './values.js';
import { exercise, quote, reviewDates, topicDates } from './exercise-schema.js';
import { topicReview } from './review-schema.js';

const DOI = '^10\\.\\d{4,9}/\\S+$';

/**
 * The topic schemas, built when a validation asks for them (a few microseconds): nothing is built
 * at load time, and no schema is kept between calls.
 */
export function topicSchemas() {
  const provenance = oneOf(PROVENANCES);

  const cslName = either(
    'expected { family, given? } or { literal }',
    object({ family: text(), given: optional(text()) }),
    object({ literal: text() }),
  );

  const cslDate = checked<CslDate>(
    (value, path, problems) => {
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
    },
    {
      type: 'object',
      properties: {
        'date-parts': {
          type: 'array',
          minItems: 1,
          maxItems: 1,
          items: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'integer', minimum: 1 } },
        },
      },
      required: ['date-parts'],
      additionalProperties: false,
    },
  );

  // A reference is cited as published, in its own language: kept as it is in a translation.
  const reference = verbatim(
    object({
      id: identifier(),
      type: oneOf(REFERENCE_TYPES),
      author: optional(arrayOf(cslName, { min: 1 })),
      issued: optional(cslDate),
      'original-date': optional(cslDate),
      title: text(),
      'container-title': optional(text()),
      publisher: optional(text()),
      volume: optional(text()),
      issue: optional(text()),
      page: optional(text()),
      DOI: optional(
        checked<string>(
          (value, path, problems) => {
            if (typeof value !== 'string' || !new RegExp(DOI).test(value)) {
              problems.push({ path, message: 'expected a bare DOI such as 10.1000/xyz' });
            }
          },
          { type: 'string', pattern: DOI },
        ),
      ),
      URL: optional(url('link')),
      accessed: optional(cslDate),
      note: optional(text()),
      readerNote: optional(oneOf(READER_NOTES)),
      language: optional(languageTag()),
      provenance,
    }),
  );

  const person = object({
    id: identifier(),
    name: text(),
    credentials: text(),
    jobTitle: text(),
    roles: arrayOf(oneOf(PERSON_ROLES), { min: 1 }),
    bio: richText(),
    photo: optional(object({ src: url('media'), alt: text() })),
  });
  const tip = object({
    id: identifier(),
    kind: oneOf(TIP_KINDS),
    title: text(),
    body: richText(),
    quotes: arrayOf(quote),
  });
  const careAdvice = object({
    level: oneOf(CARE_LEVELS),
    heading: text(),
    signs: arrayOf(either('expected rich text or { text, concept }', richText(), object({ text: richText(), concept: identifier() })), {
      min: 1,
    }),
    action: richText(),
    provenance,
    references: arrayOf(identifier()),
    dates: optional(reviewDates()),
  });
  const disclaimer = object({ kind: oneOf(DISCLAIMER_KINDS), text: richText(), provenance });

  const section = <const S extends Shape>(fields: S) => object({ heading: text(), intro: richText(), ...fields });

  const topic = object({
    id: identifier(),
    locale: languageTag(),
    // Who translated, and when: a record, kept as it is.
    translation: optional(
      verbatim(object({ from: languageTag(), by: text({ maxLength: 200 }), date: isoDate(), clinicallyReviewed: boolean() })),
    ),
    condition: optional(object({ name: text({ maxLength: 200 }), alternateName: optional(text({ maxLength: 200 })) })),
    title: text(),
    summary: richText(),
    intro: arrayOf(richText()),
    introQuotes: arrayOf(quote),
    curator: optional(text({ maxLength: 100 })),
    dates: topicDates(),
    source: optional(
      object({
        publisher: text(),
        title: text(),
        url: optional(url('link')),
        quoted: optional(arrayOf(identifier())),
      }),
    ),
    people: arrayOf(person),
    causes: object({
      heading: text(),
      intro: richText(),
      reassurance: richText(),
      causes: arrayOf(object({ id: identifier(), name: text(), description: richText() }), { min: 1 }),
    }),
    exercises: section({ quotes: arrayOf(quote), addedIntro: optional(richText()), safety: arrayOf(richText()), items: arrayOf(exercise) }),
    treatments: section({
      items: arrayOf(
        object({
          id: identifier(),
          name: text(),
          description: richText(),
          quotes: arrayOf(quote),
          evidenceNote: optional(richText()),
          recommendation: optional(object({ strength: oneOf(RECOMMENDATION_STRENGTHS), reference: identifier() })),
        }),
      ),
    }),
    tips: arrayOf(tip),
    careAdvice: arrayOf(careAdvice),
    disclaimers: arrayOf(disclaimer),
    callToAction: optional(object({ heading: text(), body: arrayOf(richText()), label: text() })),
    references: arrayOf(reference),
    review: optional(topicReview()),
  });
  return { topic, person, tip, careAdvice, disclaimer };
}
