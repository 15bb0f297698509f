/** What a check is, and the checks built from other checks: objects, lists, alternatives, refinements. */

/** One thing wrong with a value, at a path such as `exercises[2].dosage.reps`. */
export interface ContentProblem {
  readonly path: string;
  readonly message: string;
}

/** A JSON Schema (draft 2020-12) fragment. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * What a value holds for a translator: `prose` (words a translation translates and a pseudo-locale
 * rewrites), `kept` (ids, enumerations, URLs, dates, numbers, names as published: a translation
 * keeps them as they are), or `mixed` (an object or list holding both).
 */
export type Words = 'prose' | 'kept' | 'mixed';

declare const VALUE: unique symbol;

/** The fields of an object check, each a check or an `optional` one. */
export type Shape = Readonly<Record<string, Check | Optional>>;

/**
 * A check records what is wrong with `value` at `path`; it never throws and never mutates. `T` is
 * the type a value has when it passes: `object({ reps: optional(positiveInteger()) })` is a
 * `Check<{ readonly reps?: number }>`, and `model-types.ts` proves at compile time that each
 * schema's type is the content model's. Each check carries the JSON Schema that says the same
 * (`schema`), so `dist/content/schema.json` is written from these definitions; where a rule cannot
 * be said in JSON Schema, the schema says so in a `$comment` and the validator alone enforces it.
 * Its structure (`fields`, `item`, `options`) and `words` let the rest of Limber read a shape
 * without a hand-kept list: which fields are optional, which are prose.
 */
export interface Check<T = unknown> {
  (value: unknown, path: string, problems: ContentProblem[]): void;
  readonly schema: JsonSchema;
  readonly words: Words;
  /** An object check's fields. */
  readonly fields?: Shape;
  /** A list check's item. */
  readonly item?: Check;
  /** The alternatives of an `either`. */
  readonly options?: readonly Check[];
  /** The type of a value that passes; compile time only. */
  readonly [VALUE]?: T;
}

/** The type of a value that passes `C`. */
export type Infer<C> = C extends Check<infer T> ? T : never;

/** Marks a field optional: `undefined` or absent passes, anything else is checked. */
export interface Optional<T = unknown> {
  readonly optional: Check<T>;
}

type Structure = Pick<Check, 'words' | 'fields' | 'item' | 'options'>;

/** A check function with its JSON Schema (a value kept as it is, unless `structure` says otherwise). */
export function checked<T>(
  check: (value: unknown, path: string, problems: ContentProblem[]) => void,
  schema: JsonSchema,
  structure: Partial<Structure> = {},
): Check<T> {
  return Object.assign(check, { words: 'kept' as Words, ...structure, schema });
}

/**
 * Runs `check`: true, and `value` is a `T`, when it found nothing wrong. The one place a checked
 * value takes its check's type; `model-types.ts` proves each check's type is the model's.
 */
export function passes<T>(check: Check<T>, value: unknown, path: string, problems: ContentProblem[]): value is T {
  const before = problems.length;
  check(value, path, problems);
  return problems.length === before;
}

const structureOf = ({ words, fields, item, options }: Check): Structure => ({
  words,
  ...(fields && { fields }),
  ...(item && { item }),
  ...(options && { options }),
});

/**
 * `shape`, then (when the shape holds) `rule` on the value as its type: a rule JSON Schema cannot
 * say, named in the schema's `$comment`.
 */
export function refine<T>(
  shape: Check<T>,
  rule: (value: T, path: string, problems: ContentProblem[]) => void,
  $comment?: string,
): Check<T> {
  return checked<T>(
    (value, path, problems) => {
      if (passes(shape, value, path, problems)) rule(value, path, problems);
    },
    $comment === undefined ? shape.schema : { ...shape.schema, $comment },
    structureOf(shape),
  );
}

/** `check`, its words kept as they are wherever it is (names and titles as published, records). */
export function verbatim<T>(check: Check<T>): Check<T> {
  return checked<T>((value, path, problems) => check(value, path, problems), check.schema, { ...structureOf(check), words: 'kept' });
}

/** `path` followed by `.key`, or `key` at the root. */
export function child(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** How a value looks, for a message: `null`, `an array`, `a number`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The check of a field, optional or not. */
export const ruleOf = (rule: Check | Optional): Check => (typeof rule === 'function' ? rule : rule.optional);

export const optional = <T>(check: Check<T>): Optional<T> => ({ optional: check });

export const arrayOf = <T>(item: Check<T>, options: { min?: number; max?: number } = {}): Check<readonly T[]> =>
  checked<readonly T[]>(
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
    { words: item.words, item },
  );

type Flat<T> = { [K in keyof T]: T[K] } & {};

/** The type of an object with these fields: a check's type, or an optional one's, possibly absent. */
export type ObjectOf<S extends Shape> = Flat<
  { readonly [K in keyof S as S[K] extends Optional ? never : K]: Infer<S[K]> } & {
    readonly [K in keyof S as S[K] extends Optional ? K : never]?: S[K] extends Optional<infer U> ? U : never;
  }
>;

/** `kept` when every part is, `prose` when every part is, else `mixed`. */
const wordsOf = (parts: readonly Check[]): Words =>
  parts.every((part) => part.words === 'kept') ? 'kept' : parts.every((part) => part.words === 'prose') ? 'prose' : 'mixed';

/**
 * An object with exactly these fields. Unknown fields are reported (a typo such as `rep` would
 * otherwise vanish silently); only own properties are read, so `__proto__` keys are inert.
 */
export const object = <const S extends Shape>(shape: S, extra: JsonSchema = {}): Check<ObjectOf<S>> =>
  checked<ObjectOf<S>>(
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
      properties: Object.fromEntries(Object.entries(shape).map(([key, rule]) => [key, ruleOf(rule).schema])),
      required: Object.keys(shape).filter((key) => typeof shape[key] === 'function'),
      additionalProperties: false,
      ...extra,
    },
    { words: wordsOf(Object.values(shape).map(ruleOf)) === 'kept' ? 'kept' : 'mixed', fields: shape },
  );

/** Passes when any of the checks passes; otherwise reports `message`. */
export const either = <const C extends readonly Check[]>(message: string, ...checks: C): Check<Infer<C[number]>> =>
  checked<Infer<C[number]>>(
    (value, path, problems) => {
      for (const check of checks) {
        const trial: ContentProblem[] = [];
        check(value, path, trial);
        if (trial.length === 0) return;
      }
      problems.push({ path, message });
    },
    { anyOf: checks.map((check) => check.schema) },
    { words: wordsOf(checks), options: checks },
  );
