/** The schema of a content package, and the JSON Schema document written from the same checks. */
import { arrayOf, checked, child, object, optional, refine, type Check, type JsonSchema } from './check.js';
import { finiteNumber, isoDate, matching, text } from './values.js';
import { topicSchemas } from './topic-schemas.js';

const SEMVER = '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$';

const version = (): Check<string> => matching(SEMVER, 'expected a version such as 1.2.0');

/** Each item's score, by item key. */
const itemScores = (): Check<Readonly<Record<string, number>>> => {
  const score = finiteNumber();
  return checked<Readonly<Record<string, number>>>(
    (value, path, problems) => {
      const ok = typeof value === 'object' && value !== null && !Array.isArray(value);
      if (!ok) return void problems.push({ path, message: 'expected an object of item scores' });
      for (const [key, n] of Object.entries(value)) score(n, child(path, key), problems);
    },
    { type: 'object', additionalProperties: score.schema },
  );
};

/** A content package: version, changes (newest first, the first one this version's), topic. */
export function contentPackage() {
  return refine(
    object(
      {
        $schema: optional(text({ maxLength: 2048 })),
        version: version(),
        changes: arrayOf(object({ version: version(), date: isoDate(), summary: text({ maxLength: 300 }) }), { min: 1, max: 200 }),
        topic: topicSchemas().topic,
        readability: optional(
          object({
            formula: text({ maxLength: 100 }),
            median: finiteNumber(),
            items: itemScores(),
          }),
        ),
      },
      { $comment: "The validator also checks that the first change is this package's version." },
    ),
    ({ version: current, changes }, path, problems) => {
      if (changes[0]?.version !== current) {
        problems.push({
          path: `${path ? `${path}.` : ''}changes[0].version`,
          message: `expected the newest change to be version ${current}`,
        });
      }
    },
  );
}

/** The JSON Schema (draft 2020-12) of a content package, for `dist/content/schema.json`. */
export function contentPackageJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Limber content package',
    description:
      'One topic in one locale, with its version and changes. Written from the checks in src/content/validation/, which Limber runs on every package it loads; rules JSON Schema cannot state are named in $comment and enforced by Limber only.',
    ...contentPackage().schema,
  };
}
