import type { CareAdvice, ContentPackage, Disclaimer, Exercise, Person, Tip, Topic } from '../model/index.js';
import { contentPackage } from './validation/package-schema.js';
import { passes, type Check, type ContentProblem } from './validation/check.js';
import { exercise } from './validation/exercise-schema.js';
import { topicSchemas } from './validation/topic-schemas.js';
import type { ValidationResult } from './validation/result.js';

export type { ContentProblem } from './validation/check.js';
// In a file of their own so the base element can format problems without loading the schemas.
export { formatProblem, type ValidationResult } from './validation/result.js';

/** The value as its check's type, or every problem found. */
function run<T>(check: Check<T>, value: unknown, path: string): ValidationResult<T> {
  const problems: ContentProblem[] = [];
  try {
    if (passes(check, value, path, problems)) return { ok: true, value };
  } catch (error) {
    // Only exotic objects (a throwing getter or Proxy) reach here; JSON values never do.
    problems.push({ path: path || '(root)', message: `could not be read (${String(error)})` });
  }
  return { ok: false, problems };
}

/** Validates an exercise from outside, e.g. an element's `data` property. Never throws. */
export function validateExercise(value: unknown, path = ''): ValidationResult<Exercise> {
  return run(exercise, value, path);
}

/** Validates a whole topic, e.g. one handed to `<limber-provider>` in a catalog. Never throws. */
export function validateTopic(value: unknown, path = ''): ValidationResult<Topic> {
  return run(topicSchemas().topic, value, path);
}

/** Validates a person (an expert) from outside. Never throws. */
export function validatePerson(value: unknown, path = ''): ValidationResult<Person> {
  return run(topicSchemas().person, value, path);
}

/** Validates a tip from outside. Never throws. */
export function validateTip(value: unknown, path = ''): ValidationResult<Tip> {
  return run(topicSchemas().tip, value, path);
}

/** Validates care advice from outside. Never throws. */
export function validateCareAdvice(value: unknown, path = ''): ValidationResult<CareAdvice> {
  return run(topicSchemas().careAdvice, value, path);
}

/** Validates a disclaimer from outside. Never throws. */
export function validateDisclaimer(value: unknown, path = ''): ValidationResult<Disclaimer> {
  return run(topicSchemas().disclaimer, value, path);
}

/** Validates a content package (`{ version, changes, topic }`), e.g. one fetched by `<limber-provider src>`. Never throws. */
export function validateContentPackage(value: unknown, path = ''): ValidationResult<ContentPackage> {
  return run(contentPackage(), value, path);
}
