/** The schema of a content package, and the JSON Schema document written from the same checks. */
import type { ContentPackage } from '../../model/index.js';
import { arrayOf, checked, child, finiteNumber, isoDate, matching, object, optional, text, type Check, type JsonSchema } from './checks.js';
import { topicSchemas } from './topic-schemas.js';

const SEMVER = '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$';

const version = (): Check => matching(SEMVER, 'expected a version such as 1.2.0');

/** Each item's score, by item key. */
const itemScores = (): Check => {
  const score = finiteNumber();
  return checked(
    (value, path, problems) => {
      const ok = typeof value === 'object' && value !== null && !Array.isArray(value);
      if (!ok) return void problems.push({ path, message: 'expected an object of item scores' });
      for (const [key, n] of Object.entries(value)) score(n, child(path, key), problems);
    },
    { type: 'object', additionalProperties: score.schema },
  );
};

/** A content package: version, changes (newest first, the first one this version's), topic. */
export function contentPackage(): Check {
  const shape = object(
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
  );
  return checked((value, path, problems) => {
    const before = problems.length;
    shape(value, path, problems);
    if (problems.length !== before) return;
    const { version: current, changes } = value as ContentPackage;
    if (changes[0]?.version !== current) {
      problems.push({
        path: `${path ? `${path}.` : ''}changes[0].version`,
        message: `expected the newest change to be version ${current}`,
      });
    }
  }, shape.schema);
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
