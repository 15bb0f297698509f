/**
 * A host's care options (`<limber-provider>.careOptions`), checked by the provider before any
 * element shows them: each option is kept whole or left out with a problem saying why. Settings
 * rather than content, so checked here, in the provider's chunk, without fetching the validator.
 */
import {
  CARE_OPTION_KINDS,
  CARE_OPTION_LEVELS,
  type CareOption,
  type CareOptionKind,
  type CareOptionLevel,
} from '../../model/care-option.js';
import { checkUrl } from '../../content/urls.js';

/** Longer labels, hours or languages are refused: a care option is one line. */
export const MAX_CARE_OPTION_TEXT = 200;

export interface CheckedCareOptions {
  readonly options: readonly CareOption[];
  /** One message per option left out, naming it by its place: `careOptions[1].href: …`. */
  readonly problems: readonly string[];
}

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

function words(value: unknown, required: boolean): string | undefined | Error {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value.trim() === '') return new Error('expected text');
  if (value.length > MAX_CARE_OPTION_TEXT) return new Error(`expected at most ${MAX_CARE_OPTION_TEXT} characters`);
  return value.trim();
}

function checkOne(value: unknown, path: string): CareOption | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path}: expected an object`;
  const o = value as Record<string, unknown>;
  if (!isOneOf<CareOptionKind>(CARE_OPTION_KINDS, o['kind'])) return `${path}.kind: expected one of ${CARE_OPTION_KINDS.join(', ')}`;
  const label = words(o['label'], true);
  if (label instanceof Error || label === undefined) return `${path}.label: ${label?.message ?? 'expected text'}`;
  const url = checkUrl(o['href'], 'care');
  if (!url.ok) return `${path}.href: ${url.reason}`;
  const hours = words(o['hours'], false);
  if (hours instanceof Error) return `${path}.hours: ${hours.message}`;
  const languages = words(o['languages'], false);
  if (languages instanceof Error) return `${path}.languages: ${languages.message}`;
  const levels = o['levels'];
  if (!Array.isArray(levels) || levels.length === 0) return `${path}.levels: expected a list of ${CARE_OPTION_LEVELS.join(', ')}`;
  if (levels.includes('emergency')) {
    return `${path}.levels: "emergency" is refused: no host may add to, reorder or hide the emergency advice`;
  }
  const bad = levels.find((level) => !isOneOf<CareOptionLevel>(CARE_OPTION_LEVELS, level));
  if (bad !== undefined) return `${path}.levels: ${JSON.stringify(bad)} is not one of ${CARE_OPTION_LEVELS.join(', ')}`;
  return Object.freeze({
    kind: o['kind'],
    label,
    href: url.url,
    ...(hours === undefined ? {} : { hours }),
    ...(languages === undefined ? {} : { languages }),
    levels: Object.freeze([...new Set(levels as CareOptionLevel[])]),
  });
}

/** The options that pass, in the host's order, and why each other one was left out. Never throws. */
export function checkCareOptions(value: unknown): CheckedCareOptions {
  if (value === undefined || value === null) return { options: [], problems: [] };
  if (!Array.isArray(value)) return { options: [], problems: ['careOptions: expected a list of care options; showing none'] };
  const options: CareOption[] = [];
  const problems: string[] = [];
  value.forEach((item: unknown, index) => {
    let checked: CareOption | string;
    try {
      checked = checkOne(item, `careOptions[${index}]`);
    } catch (error) {
      checked = `careOptions[${index}]: could not be read (${String(error)})`;
    }
    if (typeof checked === 'string') problems.push(`${checked}; leaving this option out`);
    else options.push(checked);
  });
  return { options, problems };
}
