// The clinical review behaviour alone (src/element/clinical-review.ts), with no element: an item's
// status from its topic's sign-offs, and whether the requirement in force keeps the item out.
import assert from 'node:assert/strict';
import { ClinicalReview } from '../../src/element/clinical-review.js';
import { loadFingerprint } from '../../src/content/fingerprints.js';
import { fingerprint } from '../../src/content/fingerprint.js';
import type { ReviewRequirement } from '../../src/model/settings.js';
import type { Topic } from '../../src/model/index.js';
import { SOURCE_TOPIC } from '../support/topics.js';

const topic = SOURCE_TOPIC as Topic;
const tip = topic.tips[0]!;
const reviewer = {
  id: 'a-reviewer',
  name: 'A Reviewer',
  credentials: 'PT',
  profession: 'Physical therapist',
  licence: { number: '1', issuer: 'A board' },
  checked: '2026-12-01',
} as const;
/** The topic with one clinical sign-off of its tip, for the tip as `signed`. */
const signedFor = (signed: unknown): Topic => ({
  ...topic,
  review: {
    reviewers: [reviewer],
    signOffs: [
      { item: `tip ${tip.id}`, scope: 'clinical', reviewers: [reviewer.id], date: '2026-12-01', fingerprint: fingerprint(signed) },
    ],
  },
});

/** The behaviour under `requirement`, counting the loads it asks for. */
function review(requirement: ReviewRequirement | undefined): { behaviour: ClinicalReview; loads: string[] } {
  const loads: string[] = [];
  const behaviour = new ClinicalReview(
    () => requirement,
    (key) => {
      loads.push(key);
      return false;
    },
  );
  return { behaviour, loads };
}

describe('ClinicalReview, alone', () => {
  it('an item of a topic with no sign-offs is unreviewed, and needs no fingerprints', () => {
    const { behaviour, loads } = review('clinical');
    const status = behaviour.status(topic, `tip ${tip.id}`, tip);
    assert.equal(status?.kind, 'unreviewed');
    assert.deepEqual(loads, []);
    assert.equal(behaviour.keptOut(status), true, 'kept out under "clinical"');
    assert.equal(review(undefined).behaviour.keptOut(status), false, 'shown when nothing is required');
  });

  it('a matching sign-off makes the item reviewed and lets it through; an edited item is stale and kept out', async () => {
    await loadFingerprint();
    const { behaviour } = review('clinical');
    const reviewed = behaviour.status(signedFor(tip), `tip ${tip.id}`, tip);
    assert.equal(reviewed?.kind, 'reviewed');
    assert.equal(behaviour.keptOut(reviewed), false);
    const stale = behaviour.status(signedFor({ ...tip, title: 'An older title' }), `tip ${tip.id}`, tip);
    assert.equal(stale?.kind, 'stale');
    assert.equal(behaviour.keptOut(stale), true);
  });

  it('keeps nothing out while its status is not known, unless clinical review is required', () => {
    assert.equal(review(undefined).behaviour.keptOut(undefined), false);
    assert.equal(review('clinical').behaviour.keptOut(undefined), true);
  });
});
