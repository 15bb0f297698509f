import { parseRichText } from '../rich-text.js';
import { checkUrl, type UrlUse } from '../urls.js';

/** One thing wrong with a value, at a path such as `exercises[2].dosage.reps`. */
export interface ContentProblem {
  readonly path: string;
  readonly message: string;
}

/** A check records what is wrong with `value` at `path`; it never throws and never mutates. */
export type Check = (value: unknown, path: string, problems: ContentProblem[]) => void;

/** `path` followed by `.key`, or `key` at the root. */
export function child(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const text =
  (options: { maxLength?: number } = {}): Check =>
  (value, path, problems) => {
    if (typeof value !== 'string') {
      problems.push({ path, message: `expected text, got ${kindOf(value)}` });
    } else if (value.trim() === '') {
      problems.push({ path, message: 'expected text, got an empty string' });
    } else if (options.maxLength !== undefined && value.length > options.maxLength) {
      problems.push({ path, message: `expected at most ${options.maxLength} characters` });
    }
  };

/** Rich text: text whose links pass the URL policy. */
export const richText = (): Check => (value, path, problems) => {
  const before = problems.length;
  text({ maxLength: 20_000 })(value, path, problems);
  if (problems.length !== before) return;
  for (const problem of parseRichText(value).problems) problems.push({ path, message: problem });
};

export const identifier = (): Check => (value, path, problems) => {
  if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,99}$/i.test(value)) {
    problems.push({ path, message: 'expected an id of letters, digits, ".", "_" or "-"' });
  }
};

export const positiveInteger = (): Check => (value, path, problems) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > 10_000) {
    problems.push({ path, message: 'expected a positive integer' });
  }
};

export const boolean = (): Check => (value, path, problems) => {
  if (typeof value !== 'boolean') problems.push({ path, message: 'expected true or false' });
};

/** A BCP 47 language tag such as `en`, `es-MX` or `en-XA` (its shape, at most 35 characters). */
export const languageTag = (): Check => (value, path, problems) => {
  if (typeof value !== 'string' || value.length > 35 || !/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value)) {
    problems.push({ path, message: 'expected a language tag such as "en" or "es-MX"' });
  }
};

export const isoDate = (): Check => (value, path, problems) => {
  // A real day: `2023-02-29` and `2023-13-01` parse to another day or to no date at all.
  const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  const valid = day !== undefined && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value as string);
  if (!valid) problems.push({ path, message: 'expected a date written YYYY-MM-DD' });
};

export const url =
  (use: UrlUse): Check =>
  (value, path, problems) => {
    const checked = checkUrl(value, use);
    if (!checked.ok) problems.push({ path, message: checked.reason });
  };

export const oneOf =
  (allowed: readonly string[]): Check =>
  (value, path, problems) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      problems.push({ path, message: `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}` });
    }
  };

export const arrayOf =
  (item: Check, options: { min?: number; max?: number } = {}): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) {
      problems.push({ path, message: `expected a list, got ${kindOf(value)}` });
      return;
    }
    const { min = 0, max = 500 } = options;
    if (value.length < min) problems.push({ path, message: `expected at least ${min} item(s)` });
    if (value.length > max) {
      problems.push({ path, message: `expected at most ${max} items` });
      return;
    }
    value.forEach((entry: unknown, index) => item(entry, `${path}[${index}]`, problems));
  };

/** Marks a field optional: `undefined` or absent passes, anything else is checked. */
export interface Optional {
  readonly optional: Check;
}
export const optional = (check: Check): Optional => ({ optional: check });

/**
 * An object with exactly these fields. Unknown fields are reported (a typo such as `rep` would
 * otherwise vanish silently); only own properties are read, so `__proto__` keys are inert.
 */
export const object =
  (shape: Readonly<Record<string, Check | Optional>>): Check =>
  (value, path, problems) => {
    if (!isRecord(value)) {
      problems.push({ path, message: `expected an object, got ${kindOf(value)}` });
      return;
    }
    for (const [key, rule] of Object.entries(shape)) {
      const present = Object.hasOwn(value, key) && value[key] !== undefined;
      if (typeof rule === 'function') {
        if (!present) problems.push({ path: child(path, key), message: 'is required' });
        else rule(value[key], child(path, key), problems);
      } else if (present) {
        rule.optional(value[key], child(path, key), problems);
      }
    }
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key)) {
        problems.push({ path: child(path, key), message: 'is not a known field' });
      }
    }
  };

/** Passes when any of the checks passes; otherwise reports `message`. */
export const either =
  (message: string, ...checks: Check[]): Check =>
  (value, path, problems) => {
    for (const check of checks) {
      const trial: ContentProblem[] = [];
      check(value, path, trial);
      if (trial.length === 0) return;
    }
    problems.push({ path, message });
  };
