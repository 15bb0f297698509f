// Clinical sign-off as data, in Node: fingerprints are RFC 8785 canonical and change with any edit;
// the content check names a stale sign-off (a warning) and refuses a clinical claim no sign-off backs.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { fingerprint } from '../../src/content/fingerprint.js';
import { reviewItems } from '../../src/content/review-items.js';
import { reviewStatus } from '../../src/content/sign-off.js';
import { signOffProblems, staleSignOffs } from '../../scripts/content-rules/sign-offs.js';
import { validateTopic } from '../../src/content/validate.js';
import { reviewers } from '../../content/reviewers.js';
import type { Topic } from '../../src/model/index.js';
import { FIXTURE_REVIEWER } from '../fixtures/reviewers.js';
import { SOURCE_TOPIC, TRANSLATED_TOPIC } from '../support/topics.js';

const REVIEWER = FIXTURE_REVIEWER;

function withSignOff(topic: Topic, key: string, print: string): Topic {
  return {
    ...topic,
    review: {
      reviewers: [REVIEWER],
      signOffs: [{ item: key, scope: 'clinical', reviewers: [REVIEWER.id], date: '2027-01-10', fingerprint: print }],
    },
  };
}

describe('fingerprints', () => {
  it('are the SHA-256 of the RFC 8785 canonical JSON: key order does not matter, any edit does', () => {
    const expected = `sha256-${createHash('sha256').update('{"a":1,"b":[2,"x"]}').digest('base64')}`;
    assert.equal(fingerprint({ b: [2, 'x'], a: 1 }), expected);
    assert.equal(fingerprint({ a: 1, b: [2, 'x'] }), expected);
    assert.notEqual(fingerprint({ a: 1, b: [2, 'y'] }), expected);
  });

  it('every reviewable item of the topic has its own key, named as SOURCES.md names items', () => {
    const keys = reviewItems(SOURCE_TOPIC as Topic).map((i) => i.key);
    assert.deepEqual(keys.slice(0, 4), ['care non-urgent', 'care urgent', 'care emergency', 'causes']);
    assert.ok(keys.includes('exercise bridge') && keys.includes('treatment medication') && keys.includes('tip pre-treat-with-heat'));
    assert.equal(new Set(keys).size, keys.length);
  });
});

describe('sign-offs', () => {
  const topic = SOURCE_TOPIC as Topic;
  const bridge = reviewItems(topic).find((i) => i.key === 'exercise bridge');

  it('the built-in content has none, and names no reviewer: every item is unreviewed', () => {
    assert.deepEqual(reviewers, []);
    for (const t of [SOURCE_TOPIC, TRANSLATED_TOPIC] as Topic[]) {
      assert.deepEqual(t.review?.signOffs, []);
      for (const { key, item } of reviewItems(t)) assert.deepEqual(reviewStatus(t, key, item, fingerprint), { kind: 'unreviewed' });
    }
  });

  it('a matching sign-off makes the item reviewed; an edit makes it stale, and the content check says so', () => {
    const signed = withSignOff(topic, 'exercise bridge', fingerprint(bridge?.item));
    assert.equal(reviewStatus(signed, 'exercise bridge', bridge?.item, fingerprint)?.kind, 'reviewed');
    assert.deepEqual(staleSignOffs(signed), []);
    const edited: Topic = {
      ...signed,
      exercises: { ...signed.exercises, items: signed.exercises.items.map((e) => (e.id === 'bridge' ? { ...e, name: 'Hip bridge' } : e)) },
    };
    const item = reviewItems(edited).find((i) => i.key === 'exercise bridge')?.item;
    assert.deepEqual(reviewStatus(edited, 'exercise bridge', item, fingerprint), { kind: 'stale', date: '2027-01-10' });
    const [warning] = staleSignOffs(edited);
    assert.equal(warning?.rule, 'sign-off-stale');
    assert.match(warning?.message ?? '', /^exercise bridge: the clinical sign-off of 2027-01-10 by fixture-clinician is stale/);
  });

  it('a topic may not say "clinical" or "clinically reviewed" unless every item is signed off', () => {
    const claimed: Topic = { ...topic, dates: { ...topic.dates, reviewScope: 'clinical' } };
    assert.deepEqual(
      signOffProblems(claimed).map((p) => p.message),
      ['the topic says reviewScope "clinical", but not every item has a clinical sign-off that matches it'],
    );
    const translated = {
      ...TRANSLATED_TOPIC,
      translation: { ...TRANSLATED_TOPIC.translation, clinicallyReviewed: true },
    } as Topic;
    assert.match(signOffProblems(translated)[0]?.message ?? '', /^translation\.clinicallyReviewed is true/);
    const all: Topic = {
      ...claimed,
      review: {
        reviewers: [REVIEWER],
        signOffs: reviewItems(claimed).map(({ key, item }) => ({
          item: key,
          scope: 'clinical' as const,
          reviewers: [REVIEWER.id],
          date: '2027-01-10',
          fingerprint: fingerprint(item),
        })),
      },
    };
    assert.deepEqual(signOffProblems(all), []);
  });

  it('a sign-off of an item the topic does not have is refused', () => {
    assert.deepEqual(
      signOffProblems(withSignOff(topic, 'exercise cartwheel', fingerprint(1))).map((p) => p.message),
      ['a sign-off names "exercise cartwheel", which the topic does not have'],
    );
  });

  it('the validator refuses a sign-off naming a reviewer the record does not list, or a malformed fingerprint', () => {
    const unlisted = {
      ...withSignOff(topic, 'exercise bridge', fingerprint(bridge?.item)),
      review: { reviewers: [], signOffs: withSignOff(topic, 'exercise bridge', fingerprint(bridge?.item)).review?.signOffs ?? [] },
    };
    const result = validateTopic(unlisted, 'topic');
    assert.equal(result.ok, false);
    assert.ok(
      !result.ok &&
        result.problems.some((p) => p.path === 'topic.review.signOffs[0].reviewers' && /not one of the review's reviewers/.test(p.message)),
    );
    const malformed = validateTopic(withSignOff(topic, 'exercise bridge', 'md5-abc'), 'topic');
    assert.ok(!malformed.ok && malformed.problems.some((p) => p.path === 'topic.review.signOffs[0].fingerprint'));
  });
});
