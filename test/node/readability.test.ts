// Readability, as the content check measures it: the published formulas over maintained syllable
// counters, passages found and judged as documented, every item given a grade.
import assert from 'node:assert/strict';
import { passagesOf, plainWords, readabilityOf, scoreOf } from '../../scripts/content-rules/readability.js';
import type { Topic } from '../../src/model/index.js';
import { validateContentPackage } from '../../src/content/validate.js';
import { changes } from '../support/topic-files.js';
import { TRANSLATION } from '../support/lists.js';
import { SOURCE_TOPIC, TRANSLATED_TOPIC } from '../support/topics.js';

describe('readability', () => {
  it('English: Flesch–Kincaid grade, 0.39 × words per sentence + 11.8 × syllables per word − 15.59', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45, rounded half up to −1.4.
    assert.equal(scoreOf('The cat sat on the mat.', 'en'), -1.4);
    assert.ok(scoreOf('Notwithstanding considerable interindividual variability, rehabilitation demonstrates effectiveness.', 'en') > 20);
  });

  it('reads rich text as a reader hears it: no citation markers, emphasis marks or link targets; placeholders filled', () => {
    assert.equal(
      plainWords('Call {emergency-number} or go to {emergency-place}.[^mayo] *Now* [here](https://x.org)', 'en'),
      'Call 911 or go to the emergency room. Now here',
    );
  });

  it('judges prose of ten words or more; reports quotes, references and short passages without judging them', () => {
    const passages = passagesOf(SOURCE_TOPIC as Topic);
    const quote = passages.find((p) => p.path === 'introQuotes[1].text');
    assert.equal(quote?.notJudged, 'quote');
    const sign = passages.find((p) => p.path === 'careAdvice[1].signs[6].text');
    assert.equal(sign?.text, 'you have had cancer');
    assert.equal(sign?.notJudged, 'short');
    assert.equal(
      passages.some((p) => p.path.startsWith('references')),
      false,
    );
    const judged = passages.find((p) => p.path === 'callToAction.body[0]');
    assert.equal(judged?.notJudged, undefined);
    assert.equal(judged?.item, 'topic');
    assert.equal(passages.find((p) => p.path === 'exercises.items[5].steps[1]')?.item, 'exercise bridge');
  });

  it('the built-in texts meet the goals: English median ≤ 6 and none over 8; Spanish median ≥ 65 and none under 55', () => {
    const en = readabilityOf(SOURCE_TOPIC as Topic);
    const es = readabilityOf(TRANSLATED_TOPIC as Topic);
    assert.ok(en && en.median <= 6 && en.beyondLimit.length === 0, `English median ${en?.median}`);
    assert.ok(es && es.median >= 65 && es.beyondLimit.length === 0, `Spanish median ${es?.median}`);
    // Least plain first.
    const scores = en.passages.filter((p) => !p.notJudged).map((p) => p.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
    // Every item a clinician signs off has a grade, each passage read as its own sentences (a list
    // of signs is not one long sentence), so every item meets the passage limit too.
    for (const item of ['care emergency', 'causes', 'exercise bridge', 'treatment medication', 'tip pre-treat-with-heat']) {
      assert.equal(typeof en.items[item], 'number', item);
      assert.ok((en.items[item] ?? 99) <= 8, `${item}: grade ${en.items[item]}`);
      assert.ok((es.items[item] ?? 0) >= 55, `${item}: INFLESZ ${es.items[item]}`);
    }
  });

  it('goes into the content package: formula, median and each item’s score, checked like the rest', () => {
    const report = readabilityOf(TRANSLATED_TOPIC as Topic);
    const pack = {
      version: changes[0]!.version,
      changes: changes.map(({ version, date, summary }) => ({ version, date, summary: summary[TRANSLATION]! })),
      topic: TRANSLATED_TOPIC,
      readability: { formula: report?.formula, median: report?.median, items: report?.items },
    };
    assert.equal(validateContentPackage(pack).ok, true);
    const broken = validateContentPackage({ ...pack, readability: { ...pack.readability, items: { 'exercise bridge': 'easy' } } });
    assert.ok(!broken.ok && broken.problems.some((p) => p.path === 'readability.items.exercise bridge'));
  });
});
