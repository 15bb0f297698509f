import { parseRichText } from '../rich-text.js';
import { checkUrl, type UrlUse } from '../urls.js';

/** One thing wrong with a value, at a path such as `exercises[2].dosage.reps`. */
export interface ContentProblem {
  readonly path: string;
  readonly message: string;
}

/** A JSON Schema (draft 2020-12) fragment. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * A check records what is wrong with `value` at `path`; it never throws and never mutates. Each
 * carries the JSON Schema that says the same (`schema`), so `dist/content/schema.json` is written
 * from these definitions: one source of truth for the validator and for content authors' editors.
 * Where a rule cannot be said in JSON Schema (a step number that must exist), the schema says so
 * in a `$comment` and the validator alone enforces it.
 */
export interface Check {
  (value: unknown, path: string, problems: ContentProblem[]): void;
  readonly schema: JsonSchema;
}

/** A check function with its JSON Schema. */
export function checked(check: (value: unknown, path: string, problems: ContentProblem[]) => void, schema: JsonSchema): Check {
  return Object.assign(check, { schema });
}

/** A pattern matching `word` in any letter case (JSON Schema patterns take no flags). */
export function anyCase(word: string): string {
  return [...word].map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');
}

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

export const text = (options: { maxLength?: number } = {}): Check =>
  checked(
    (value, path, problems) => {
      if (typeof value !== 'string') {
        problems.push({ path, message: `expected text, got ${kindOf(value)}` });
      } else if (value.trim() === '') {
        problems.push({ path, message: 'expected text, got an empty string' });
      } else if (options.maxLength !== undefined && value.length > options.maxLength) {
        problems.push({ path, message: `expected at most ${options.maxLength} characters` });
      }
    },
    { type: 'string', pattern: '\\S', ...(options.maxLength === undefined ? {} : { maxLength: options.maxLength }) },
  );

/** Rich text: text whose links pass the URL policy. */
export const richText = (): Check => {
  const words = text({ maxLength: 20_000 });
  return checked(
    (value, path, problems) => {
      const before = problems.length;
      words(value, path, problems);
      if (problems.length !== before) return;
      for (const problem of parseRichText(value).problems) problems.push({ path, message: problem });
    },
    {
      ...words.schema,
      description: 'Rich text: words with *emphasis*, [label](url) links and [^reference-id] citations; never HTML.',
      not: { pattern: `\\]\\(\\s*(//|(?!${anyCase('https')}:|${anyCase('mailto')}:)[A-Za-z][A-Za-z0-9+.-]*:)` },
      $comment:
        'The schema refuses link schemes other than https: and mailto:; the validator checks each link against the whole URL policy.',
    },
  );
};

const ID = '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$';
export const identifier = (): Check =>
  checked(
    (value, path, problems) => {
      if (typeof value !== 'string' || !new RegExp(ID).test(value)) {
        problems.push({ path, message: 'expected an id of letters, digits, ".", "_" or "-"' });
      }
    },
    { type: 'string', pattern: ID },
  );

/** A string matching `pattern` (a JSON Schema pattern), else `message`. */
export const matching = (pattern: string, message: string): Check =>
  checked(
    (value, path, problems) => {
      if (typeof value !== 'string' || !new RegExp(pattern).test(value)) problems.push({ path, message });
    },
    { type: 'string', pattern },
  );

/** Any finite number. */
export const finiteNumber = (): Check =>
  checked(
    (value, path, problems) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) problems.push({ path, message: 'expected a number' });
    },
    { type: 'number' },
  );

export const positiveInteger = (): Check =>
  checked(
    (value, path, problems) => {
      if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > 10_000) {
        problems.push({ path, message: 'expected a positive integer' });
      }
    },
    { type: 'integer', minimum: 1, maximum: 10_000 },
  );

export const boolean = (): Check =>
  checked(
    (value, path, problems) => {
      if (typeof value !== 'boolean') problems.push({ path, message: 'expected true or false' });
    },
    { type: 'boolean' },
  );

/** A BCP 47 language tag such as `en`, `es-MX` or `en-XA` (its shape, at most 35 characters). */
const LANGUAGE_TAG = '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$';
export const languageTag = (): Check =>
  checked(
    (value, path, problems) => {
      if (typeof value !== 'string' || value.length > 35 || !new RegExp(LANGUAGE_TAG).test(value)) {
        problems.push({ path, message: 'expected a language tag such as "en" or "es-MX"' });
      }
    },
    { type: 'string', maxLength: 35, pattern: LANGUAGE_TAG },
  );

export const isoDate = (): Check =>
  checked(
    (value, path, problems) => {
      // A real day: `2023-02-29` and `2023-13-01` parse to another day or to no date at all.
      const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
      const valid = day !== undefined && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value as string);
      if (!valid) problems.push({ path, message: 'expected a date written YYYY-MM-DD' });
    },
    { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  );

export const url = (use: UrlUse): Check => {
  const schemes = (use === 'link' ? ['https', 'mailto'] : ['https']).map(anyCase).join('|');
  return checked(
    (value, path, problems) => {
      const result = checkUrl(value, use);
      if (!result.ok) problems.push({ path, message: result.reason });
    },
    {
      type: 'string',
      // Trimmed as browsers do; then no whitespace, control character or backslash, not `//host`,
      // and a scheme only if it is an allowed one.
      pattern: `^\\s*(?!//)(?:(?:${schemes}):|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\\u0000-\\u0020\\u007f-\\u009f\\\\]+\\s*$`,
      maxLength: 2048,
      $comment: 'The URL policy of src/content/urls.ts: https: (and mailto: for links) or a relative reference.',
    },
  );
};

export const oneOf = (allowed: readonly string[]): Check =>
  checked(
    (value, path, problems) => {
      if (typeof value !== 'string' || !allowed.includes(value)) {
        problems.push({ path, message: `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}` });
      }
    },
    { enum: [...allowed] },
  );

export const arrayOf = (item: Check, options: { min?: number; max?: number } = {}): Check =>
  checked(
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
    },
    { type: 'array', items: item.schema, ...(options.min ? { minItems: options.min } : {}), maxItems: options.max ?? 500 },
  );

/** Marks a field optional: `undefined` or absent passes, anything else is checked. */
export interface Optional {
  readonly optional: Check;
}
export const optional = (check: Check): Optional => ({ optional: check });

/**
 * An object with exactly these fields. Unknown fields are reported (a typo such as `rep` would
 * otherwise vanish silently); only own properties are read, so `__proto__` keys are inert.
 */
export const object = (shape: Readonly<Record<string, Check | Optional>>, extra: JsonSchema = {}): Check =>
  checked(
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
    },
    {
      type: 'object',
      properties: Object.fromEntries(
        Object.entries(shape).map(([key, rule]) => [key, (typeof rule === 'function' ? rule : rule.optional).schema]),
      ),
      required: Object.keys(shape).filter((key) => typeof shape[key] === 'function'),
      additionalProperties: false,
      ...extra,
    },
  );

/** Passes when any of the checks passes; otherwise reports `message`. */
export const either = (message: string, ...checks: Check[]): Check =>
  checked(
    (value, path, problems) => {
      for (const check of checks) {
        const trial: ContentProblem[] = [];
        check(value, path, trial);
        if (trial.length === 0) return;
      }
      problems.push({ path, message });
    },
    { anyOf: checks.map((check) => check.schema) },
  );
