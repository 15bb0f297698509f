/**
 * What a `code` attribute finds, fetched the first time an element or provider has one: the
 * built-in topics' codes (`content/<topic>/codes.ts`, through the generated `topic-codes.ts`)
 * and the matching rules (`codes.ts`). A page that never names a code never downloads it.
 */
import type { CodeResolvedDetail } from '../model/index.js';
import { parseCode, topicForCode } from './codes.js';
import { CODED_TOPICS } from './topic-codes.js';

/** The code each element last announced, so `limber-code-resolved` fires once per code it is given. */
const announced = new WeakMap<HTMLElement, string>();

/**
 * The id of the topic that answers `input` (`icd10cm:M54.16`, `snomed:23056005`), announced from
 * `host` as `limber-code-resolved` the first time it finds it. Null when the code cannot be read
 * or no topic answers it: `report` is told why, and the host shows nothing.
 */
export function topicOfCode(host: HTMLElement, input: string, report: (message: string) => void): string | null {
  const code = parseCode(input);
  if (!code) {
    report(`code ${JSON.stringify(input)} is not a code Limber reads (for example "icd10cm:M54.16" or "snomed:23056005"); showing nothing`);
    return null;
  }
  const topic = topicForCode(code, CODED_TOPICS);
  if (!topic) {
    report(`no topic answers code ${JSON.stringify(input)}; showing nothing`);
    return null;
  }
  const key = `${code.system}:${code.code}`;
  if (announced.get(host) !== key) {
    announced.set(host, key);
    const detail: CodeResolvedDetail = { system: code.system, code: code.code, topic: topic.id };
    host.dispatchEvent(new CustomEvent('limber-code-resolved', { detail, bubbles: true, composed: true }));
  }
  return topic.id;
}
