// The review record as the validator checks it (and the JSON Schema says): reviewers with their
// licence, sign-offs of named items, with a scope, a date and a SHA-256 fingerprint.
import assert from 'node:assert/strict';
import { formatProblem, validateContentPackage, validateTopic } from '../../src/content/validate.js';
import { FIXTURE_REVIEWER } from '../fixtures/reviewers.js';
import { SOURCE_TOPIC } from '../support/topics.js';

const PRINT = `sha256-${'A'.repeat(43)}=`;
const signOff = { item: 'exercise bridge', scope: 'clinical', reviewers: [FIXTURE_REVIEWER.id], date: '2027-01-10', fingerprint: PRINT };
const problemsOf = (review: unknown): string[] => {
  const result = validateTopic({ ...SOURCE_TOPIC, review }, 'topic');
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('the review record', () => {
  it('a well-formed record passes, with a translation sign-off’s source fingerprint too', () => {
    assert.deepEqual(
      problemsOf({ reviewers: [FIXTURE_REVIEWER], signOffs: [signOff, { ...signOff, scope: 'translation', sourceFingerprint: PRINT }] }),
      [],
    );
    assert.deepEqual(problemsOf({ reviewers: [], signOffs: [] }), []);
  });

  it('each malformed part is named at its path', () => {
    const one = (change: Record<string, unknown>) => problemsOf({ reviewers: [FIXTURE_REVIEWER], signOffs: [{ ...signOff, ...change }] });
    assert.deepEqual(one({ item: 'figure bridge' }), [
      'topic.review.signOffs[0].item: expected "exercise <id>", "care <level>", "treatment <id>", "tip <id>" or "causes"',
    ]);
    assert.deepEqual(one({ item: 'causes' }), []);
    assert.deepEqual(one({ scope: 'opinion' }), ['topic.review.signOffs[0].scope: expected one of "clinical", "translation"']);
    assert.deepEqual(one({ reviewers: [] }), ['topic.review.signOffs[0].reviewers: expected at least 1 item(s)']);
    assert.deepEqual(one({ date: '2027-13-01' }), ['topic.review.signOffs[0].date: expected a date written YYYY-MM-DD']);
    assert.deepEqual(one({ fingerprint: 'sha256-short' }), [
      'topic.review.signOffs[0].fingerprint: expected a fingerprint such as sha256-… (44 base64 characters)',
    ]);
    assert.deepEqual(one({ sourceFingerprint: 42 }), [
      'topic.review.signOffs[0].sourceFingerprint: expected a fingerprint such as sha256-… (44 base64 characters)',
    ]);
    assert.deepEqual(one({ reviewers: ['nobody'] }), [
      'topic.review.signOffs[0].reviewers: "nobody" is not one of the review\'s reviewers',
    ]);
    const { licence: _, ...unlicensed } = FIXTURE_REVIEWER;
    assert.deepEqual(problemsOf({ reviewers: [unlicensed], signOffs: [] }), ['topic.review.reviewers[0].licence: is required']);
  });

  it('a content package’s readability: a formula, a median and a number per item', () => {
    const pack = (readability: unknown) => ({
      version: '2.0.0',
      changes: [{ version: '2.0.0', date: '2026-12-01', summary: 'x' }],
      topic: SOURCE_TOPIC,
      readability,
    });
    const paths = (readability: unknown): string[] => {
      const result = validateContentPackage(pack(readability));
      return result.ok ? [] : result.problems.map(formatProblem);
    };
    assert.deepEqual(paths({ formula: 'Flesch–Kincaid grade', median: 4.5, items: { causes: 3.9 } }), []);
    assert.deepEqual(paths({ formula: 'F', median: 'easy', items: {} }), ['readability.median: expected a number']);
    assert.deepEqual(paths({ formula: 'F', median: Number.NaN, items: {} }), ['readability.median: expected a number']);
    assert.deepEqual(paths({ formula: 'F', median: 1, items: [] }), ['readability.items: expected an object of item scores']);
    assert.deepEqual(paths({ formula: 'F', median: 1, items: null }), ['readability.items: expected an object of item scores']);
    assert.deepEqual(paths({ formula: 'F', median: 1, items: { causes: Number.POSITIVE_INFINITY } }), [
      'readability.items.causes: expected a number',
    ]);
    assert.deepEqual(paths({ median: 1, items: {} }), ['readability.formula: is required']);
  });
});
