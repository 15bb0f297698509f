/**
 * Diagnosis codes, as a host writes them in `code="<system>:<code>"`: read (`parseCode`), then
 * matched to the topic that answers them (`topicForCode`): the exact code first, then, for
 * ICD-10-CM, each code above it whose topic says it answers the codes below it. Pure functions,
 * no element: the elements' `code` attribute and the build's `codes.json` both use them.
 */
import { CODE_SYSTEMS, type CodeSystem, type DiagnosisCode, type TopicCode } from '../model/index.js';

/** ICD-10-CM: a letter, two characters (a digit, then a digit or letter), then up to four more. */
const ICD10CM = /^([A-Z][0-9][0-9A-Z])\.?([0-9A-Z]{1,4})?$/;
/** SNOMED CT: 6 to 18 digits, no leading zero, the last a Verhoeff check digit. */
const SNOMED = /^[1-9][0-9]{5,17}$/;

// Verhoeff's tables: the dihedral group D5's multiplication, then its permutation's powers.
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
] as const;
/** Verhoeff's permutation, and its powers: row `i` applies it `i` times. */
const PERMUTATION = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4] as const;
const P: readonly (readonly number[])[] = Array.from({ length: 8 }, (_, i) =>
  Array.from({ length: 10 }, (_, digit) => {
    let at = digit;
    for (let n = 0; n < i; n += 1) at = PERMUTATION[at]!;
    return at;
  }),
);

/** Whether `digits` ends in its Verhoeff check digit, as every SNOMED CT identifier does. */
export function verhoeffValid(digits: string): boolean {
  let check = 0;
  [...digits].reverse().forEach((digit, i) => {
    check = D[check]![P[i % 8]![Number(digit)]!]!;
  });
  return check === 0;
}

/**
 * Reads `system:code` (the system's name in any case, ICD-10-CM's dot optional, spaces around
 * ignored); undefined when either part is not one Limber knows or is not well formed.
 */
export function parseCode(input: unknown): DiagnosisCode | undefined {
  if (typeof input !== 'string') return undefined;
  const at = input.indexOf(':');
  if (at < 0) return undefined;
  const system = input.slice(0, at).trim().toLowerCase();
  const code = input
    .slice(at + 1)
    .trim()
    .toUpperCase();
  if (!(CODE_SYSTEMS as readonly string[]).includes(system)) return undefined;
  if (system === 'snomed') return SNOMED.test(code) && verhoeffValid(code) ? { system, code } : undefined;
  const parts = ICD10CM.exec(code);
  if (!parts) return undefined;
  return { system: system as CodeSystem, code: parts[2] ? `${parts[1]}.${parts[2]}` : parts[1]! };
}

/** The ICD-10-CM codes above `code`, nearest first: `M54.16` → `M54.1`, `M54`. */
export function icd10cmParents(code: string): string[] {
  const [category, rest = ''] = code.split('.');
  const parents: string[] = [];
  for (let length = rest.length - 1; length > 0; length -= 1) parents.push(`${category}.${rest.slice(0, length)}`);
  if (rest) parents.push(category!);
  return parents;
}

/** A topic's id and the codes it answers. */
export interface CodedTopic {
  readonly id: string;
  readonly codes: readonly TopicCode[];
}

/**
 * The topic that answers `wanted`: one listing the exact code, else the nearest ICD-10-CM code
 * above it listed with `descendants`. Undefined when no topic answers it.
 */
export function topicForCode(wanted: DiagnosisCode, topics: readonly CodedTopic[]): CodedTopic | undefined {
  const listing = (code: string, below: boolean): CodedTopic | undefined =>
    topics.find((topic) => topic.codes.some((c) => c.system === wanted.system && c.code === code && (!below || c.descendants)));
  const exact = listing(wanted.code, false);
  if (exact || wanted.system !== 'icd10cm') return exact;
  for (const parent of icd10cmParents(wanted.code)) {
    const found = listing(parent, true);
    if (found) return found;
  }
  return undefined;
}
