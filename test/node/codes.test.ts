// Diagnosis codes as a host writes them (src/content/codes.ts): read in any case, ICD-10-CM's dot
// optional, SNOMED CT's check digit checked; matched to a topic by the exact code first, then by
// the nearest ICD-10-CM code above it that a topic answers with its descendants.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { icd10cmParents, parseCode, topicForCode, verhoeffValid, type CodedTopic } from '../../src/content/codes.js';
import type { TopicCode } from '../../src/model/index.js';

const recorded = {
  mapped: { by: 'a reviewer', date: '2026-12-07' },
  verification: { url: 'https://example.org/', date: '2026-12-07', publisher: true },
};
const icd = (code: string, descendants: boolean): TopicCode => ({ system: 'icd10cm', code, display: code, descendants, ...recorded });
const snomed = (code: string): TopicCode => ({ system: 'snomed', code, display: code, descendants: false, ...recorded });

/** Two fixture topics: a nerve-root one (radiculopathy of the low back, sciatica) and a knee one. */
const NERVE: CodedTopic = { id: 'nerve-root', codes: [icd('M54.16', false), icd('M54.3', true), snomed('23056005')] };
const KNEE: CodedTopic = { id: 'knee', codes: [icd('M17', true)] };
const TOPICS = [NERVE, KNEE];

describe('diagnosis codes', () => {
  it('reads the system in any case, the ICD-10-CM code with or without its dot, spaces trimmed', () => {
    for (const input of ['icd10cm:M54.16', 'ICD10CM:m5416', ' IcD10Cm : M54.16 ']) {
      assert.deepEqual(parseCode(input), { system: 'icd10cm', code: 'M54.16' }, input);
    }
    assert.deepEqual(parseCode('icd10cm:M17'), { system: 'icd10cm', code: 'M17' });
    assert.deepEqual(parseCode('SNOMED:23056005'), { system: 'snomed', code: '23056005' });
  });

  it('refuses a system it does not know, a malformed code, a wrong SNOMED CT check digit and what is not text', () => {
    for (const input of [
      'loinc:69730-0',
      'icd10:M54.16',
      'M54.16',
      'icd10cm:',
      'icd10cm:M5',
      'icd10cm:54.16',
      'icd10cm:M54.16789',
      'icd10cm:M54..1',
    ]) {
      assert.equal(parseCode(input), undefined, input);
    }
    assert.equal(verhoeffValid('23056005'), true);
    assert.equal(parseCode('snomed:23056006'), undefined, 'check digit');
    assert.equal(parseCode('snomed:0123456'), undefined, 'leading zero');
    assert.equal(parseCode('snomed:12345'), undefined, 'too short');
    for (const input of ['icd10cm:XM54.16', 'snomed:X23056005', 'snomed:23056005X']) assert.equal(parseCode(input), undefined, input);
    for (const input of [undefined, null, 7, {}, ['icd10cm:M17']]) assert.equal(parseCode(input), undefined);
  });

  it('names the ICD-10-CM codes above a code, nearest first', () => {
    assert.deepEqual(icd10cmParents('M54.16'), ['M54.1', 'M54']);
    assert.deepEqual(icd10cmParents('M17.11'), ['M17.1', 'M17']);
    assert.deepEqual(icd10cmParents('M17'), []);
  });

  it('finds the topic by the exact code, then by a code above it listed with its descendants', () => {
    const find = (input: string): string | undefined => topicForCode(parseCode(input)!, TOPICS)?.id;
    assert.equal(find('icd10cm:M54.16'), 'nerve-root');
    assert.equal(find('icd10cm:M54.31'), 'nerve-root', 'M54.3 answers its descendants');
    assert.equal(find('icd10cm:M17.11'), 'knee');
    assert.equal(find('snomed:23056005'), 'nerve-root');
  });

  it('does not reach past what a topic answers: a sibling, a parent without descendants, another system', () => {
    const find = (input: string): string | undefined => topicForCode(parseCode(input)!, TOPICS)?.id;
    assert.equal(find('icd10cm:M54.50'), undefined, 'low back pain is not the nerve-root topic');
    assert.equal(find('icd10cm:M54.17'), undefined, 'M54.16 is listed without descendants, and M54.1 is not listed');
    assert.equal(find('icd10cm:M54'), undefined, 'a parent of a listed code is not answered');
    assert.equal(topicForCode({ system: 'snomed', code: 'M54.16' }, TOPICS), undefined, 'the same characters in another system');
    const exactOnly: CodedTopic = { id: 'exact', codes: [icd('M54.1', false)] };
    assert.equal(topicForCode(parseCode('icd10cm:M54.16')!, [exactOnly]), undefined);
  });

  it('the nearest listed code wins over a farther one', () => {
    const broad: CodedTopic = { id: 'broad', codes: [icd('M54', true)] };
    const narrow: CodedTopic = { id: 'narrow', codes: [icd('M54.1', true)] };
    assert.equal(topicForCode(parseCode('icd10cm:M54.16')!, [broad, narrow])?.id, 'narrow');
    assert.equal(topicForCode(parseCode('icd10cm:M54.50')!, [broad, narrow])?.id, 'broad');
  });

  it('never throws on any text, and what it reads it writes back the same way', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('icd10cm:', 'snomed:', 'ICD10CM:', ''), (text, prefix) => {
        const parsed = parseCode(prefix + text);
        if (parsed) assert.deepEqual(parseCode(`${parsed.system}:${parsed.code}`), parsed);
      }),
    );
  });
});
