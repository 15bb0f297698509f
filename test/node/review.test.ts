// The review-date rules with a fixed clock: the reader's calendar day in several time zones (Node
// reads process.env.TZ afresh when it changes), when a review is overdue, how the content check counts
// the days, and how the validator holds the dates together.
import { strict as assert } from 'node:assert';
import { daysUntil, overdueSince, todayIn } from '../../src/content/review.js';
import { checkReviewDates, REVIEW_WARNING_DAYS } from '../../scripts/content-rules/rules.js';
import { formatProblem, validateTopic } from '../../src/content/validate.js';
import type { Topic } from '../../src/model/index.js';
import { SOURCE_TOPIC } from '../support/topics.js';

/** Runs `run` with the process in `zone`, then puts the zone back. */
function inZone<T>(zone: string, run: () => T): T {
  const before = process.env['TZ'];
  process.env['TZ'] = zone;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env['TZ'];
    else process.env['TZ'] = before;
  }
}

describe('review dates', () => {
  // 23:30 UTC on 25 May 2027: still the 25th in London (BST is UTC+1: 00:30 on the 26th, in fact),
  // in Los Angeles and Honolulu; already the 26th in Tokyo and Auckland.
  const instant = new Date('2027-05-25T23:30:00Z');
  const cases: [string, string][] = [
    ['UTC', '2027-05-25'],
    ['America/Los_Angeles', '2027-05-25'],
    ['Pacific/Honolulu', '2027-05-25'],
    ['Europe/London', '2027-05-26'],
    ['Asia/Tokyo', '2027-05-26'],
    ['Pacific/Auckland', '2027-05-26'],
  ];
  for (const [zone, day] of cases) {
    it(`a reader in ${zone} is on ${day} at ${instant.toISOString()}, and sees a 25 May review overdue only from the 26th`, () => {
      const today = inZone(zone, () => todayIn(instant));
      assert.equal(today, day);
      assert.equal(overdueSince({ nextReview: '2027-05-25' }, today), day === '2027-05-26' ? '2027-05-25' : undefined);
    });
  }

  it('a review is not overdue on its own day, is the day after, and never without a date', () => {
    assert.equal(overdueSince({ nextReview: '2027-05-25' }, '2027-05-24'), undefined);
    assert.equal(overdueSince({ nextReview: '2027-05-25' }, '2027-05-25'), undefined);
    assert.equal(overdueSince({ nextReview: '2027-05-25' }, '2027-05-26'), '2027-05-25');
    assert.equal(overdueSince({ nextReview: '2027-05-25' }, '2031-01-01'), '2027-05-25');
    assert.equal(overdueSince({ lastReviewed: '2020-01-01', reviewScope: 'clinical' }, '2031-01-01'), undefined);
    assert.equal(overdueSince(undefined, '2031-01-01'), undefined);
  });

  it('counts whole days across month ends, leap days and clock changes', () => {
    assert.equal(daysUntil('2027-05-25', '2027-04-25'), 30);
    assert.equal(daysUntil('2028-03-01', '2028-02-28'), 2);
    assert.equal(daysUntil('2027-03-29', '2027-03-27'), 2);
    assert.equal(daysUntil('2027-05-24', '2027-05-25'), -1);
  });

  describe('the content check', () => {
    const topic = SOURCE_TOPIC as Topic;
    const at = (today: string): string[] => checkReviewDates(topic, today).map((p) => p.message);

    it(`passes while the next review is more than ${REVIEW_WARNING_DAYS} days away`, () => {
      assert.deepEqual(at('2027-05-07'), []);
    });

    it(`fails from ${REVIEW_WARNING_DAYS} days before it, on the day, and after it`, () => {
      assert.deepEqual(at('2027-05-08'), [
        'the topic: the review is due in 30 days (2027-06-07); review it, then set lastReviewed and a new nextReview',
      ]);
      assert.match(at('2027-06-07')[0] ?? '', /is due today/);
      assert.match(at('2027-06-17')[0] ?? '', /was due 10 days ago/);
    });

    it('fails on a topic with no next review, and on an item whose own review falls due', () => {
      const undated = { ...topic, dates: { published: '2023-05-03' } };
      assert.deepEqual(checkReviewDates(undated, '2026-11-26'), [{ rule: 'review-due', message: 'the topic has no nextReview date' }]);
      const items = topic.exercises.items.map((e, i) =>
        i === 0 ? { ...e, dates: { lastReviewed: '2026-01-01', reviewScope: 'clinical' as const, nextReview: '2026-12-01' } } : e,
      );
      const found = checkReviewDates({ ...topic, exercises: { ...topic.exercises, items } }, '2026-11-26');
      assert.deepEqual(
        found.map((p) => p.message),
        [
          `exercise ${topic.exercises.items[0]?.id}: the review is due in 5 days (2026-12-01); review it, then set lastReviewed and a new nextReview`,
        ],
      );
    });
  });

  describe('validation', () => {
    const problems = (dates: object): string[] => {
      const result = validateTopic({ ...SOURCE_TOPIC, dates });
      return result.ok ? [] : result.problems.map(formatProblem);
    };

    it('accepts the built-in dates and a topic with no review yet', () => {
      assert.deepEqual(problems(SOURCE_TOPIC.dates), []);
      assert.deepEqual(problems({ published: '2023-05-03' }), []);
    });

    it('wants a review date and its kind together, and dates in order', () => {
      assert.deepEqual(problems({ published: '2023-05-03', lastReviewed: '2024-01-01' }), [
        'dates: lastReviewed and reviewScope come together: when, and what kind of review',
      ]);
      assert.deepEqual(problems({ published: '2023-05-03', reviewScope: 'clinical' }), [
        'dates: lastReviewed and reviewScope come together: when, and what kind of review',
      ]);
      assert.deepEqual(problems({ published: '2023-05-03', lastReviewed: '2022-01-01', reviewScope: 'clinical' }), [
        'dates.lastReviewed: 2022-01-01 is before the published date 2023-05-03',
      ]);
      assert.deepEqual(
        problems({ published: '2023-05-03', lastReviewed: '2024-01-01', reviewScope: 'clinical', nextReview: '2024-01-01' }),
        ['dates.nextReview: 2024-01-01 is not after 2024-01-01'],
      );
      assert.deepEqual(problems({ published: '2023-05-03', nextReview: '2023-01-01' }), [
        'dates.nextReview: 2023-01-01 is not after 2023-05-03',
      ]);
      assert.deepEqual(problems({ published: '2023-05-03', lastReviewed: '2024-01-01', reviewScope: 'peer' }), [
        'dates.reviewScope: expected one of "sources-checked", "clinical"',
      ]);
    });
  });
});
