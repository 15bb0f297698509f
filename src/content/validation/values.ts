/** The checks of single values: text, ids, numbers, dates, URLs, enumerations. */
import { parseRichText } from '../rich-text.js';
import { checkUrl, type UrlUse } from '../urls.js';
import { checked, kindOf, type Check } from './check.js';

/** A pattern matching `word` in any letter case (JSON Schema patterns take no flags). */
export function anyCase(word: string): string {
  return [...word].map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');
}

/** Words: prose a translation translates. */
export const text = (options: { maxLength?: number } = {}): Check<string> =>
  checked<string>(
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
    { words: 'prose' },
  );

/** Rich text: text whose links pass the URL policy. */
export const richText = (): Check<string> => {
  const words = text({ maxLength: 20_000 });
  return checked<string>(
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
    { words: 'prose' },
  );
};

/** A string matching `pattern` (a JSON Schema pattern), else `message`. */
export const matching = (pattern: string, message: string): Check<string> =>
  checked<string>(
    (value, path, problems) => {
      if (typeof value !== 'string' || !new RegExp(pattern).test(value)) problems.push({ path, message });
    },
    { type: 'string', pattern },
  );

export const identifier = (): Check<string> =>
  matching('^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$', 'expected an id of letters, digits, ".", "_" or "-"');

/** Any finite number. */
export const finiteNumber = (): Check<number> =>
  checked<number>(
    (value, path, problems) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) problems.push({ path, message: 'expected a number' });
    },
    { type: 'number' },
  );

export const positiveInteger = (): Check<number> =>
  checked<number>(
    (value, path, problems) => {
      if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > 10_000) {
        problems.push({ path, message: 'expected a positive integer' });
      }
    },
    { type: 'integer', minimum: 1, maximum: 10_000 },
  );

export const boolean = (): Check<boolean> =>
  checked<boolean>(
    (value, path, problems) => {
      if (typeof value !== 'boolean') problems.push({ path, message: 'expected true or false' });
    },
    { type: 'boolean' },
  );

/** A BCP 47 language tag such as `en`, `es-MX` or `en-XA` (its shape, at most 35 characters). */
const LANGUAGE_TAG = '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$';
export const languageTag = (): Check<string> =>
  checked<string>(
    (value, path, problems) => {
      if (typeof value !== 'string' || value.length > 35 || !new RegExp(LANGUAGE_TAG).test(value)) {
        problems.push({ path, message: 'expected a language tag such as "en" or "es-MX"' });
      }
    },
    { type: 'string', maxLength: 35, pattern: LANGUAGE_TAG },
  );

export const isoDate = (): Check<string> =>
  checked<string>(
    (value, path, problems) => {
      // A real day: `2023-02-29` and `2023-13-01` parse to another day or to no date at all.
      const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
      const valid = day !== undefined && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value as string);
      if (!valid) problems.push({ path, message: 'expected a date written YYYY-MM-DD' });
    },
    { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  );

export const url = (use: UrlUse): Check<string> => {
  const schemes = (use === 'link' ? ['https', 'mailto'] : ['https']).map(anyCase).join('|');
  return checked<string>(
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

export const oneOf = <const A extends readonly string[]>(allowed: A): Check<A[number]> =>
  checked<A[number]>(
    (value, path, problems) => {
      if (typeof value !== 'string' || !allowed.includes(value)) {
        problems.push({ path, message: `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}` });
      }
    },
    { enum: [...allowed] },
  );
