import { expect } from 'chai';
import type { Exercise, Topic } from '../../src/model/index.js';
import { SOURCE_TOPIC } from '../support/topics.js';

// Compile-time checks, run by `npm test`'s `tsc`: content that misses a field does not build.
const { title: _title, ...withoutTitle } = SOURCE_TOPIC;
// @ts-expect-error a topic without a title does not satisfy the model
void (withoutTitle satisfies Topic);
const { stopIf: _stopIf, ...withoutStopIf } = SOURCE_TOPIC.exercises.items[0]!;
// @ts-expect-error an exercise without its stop-if list does not satisfy the model
void (withoutStopIf satisfies Exercise);

describe('the pinched-nerve topic (en)', () => {
  const topic: Topic = SOURCE_TOPIC;

  it('holds the whole source article', () => {
    expect(topic.dates.published).to.equal('2023-05-03');
    expect(topic.source?.publisher).to.equal('Hinge Health');
    expect(topic.people.map((p) => `${p.name}, ${p.credentials}: ${p.roles.join()}`)).to.deep.equal([
      'CJ Morrow, PT, DPT: expert',
      'Jonathan Lee, MD, MBA: medical-reviewer',
      'Dylan Peterson, PT, DPT: clinical-reviewer',
    ]);
    expect(topic.causes.causes.map((c) => c.id)).to.deep.equal(['herniated-disc', 'spinal-stenosis']);
    expect(topic.treatments.items).to.have.length(5);
    expect(topic.tips.map((t) => t.title)).to.deep.equal(['Pre-treat with heat']);
    expect(topic.disclaimers.filter((d) => d.provenance === 'source-article').map((d) => d.kind)).to.include.members(['video', 'article']);
    expect(topic.references.filter((r) => r.provenance === 'source-article')).to.have.length(5);
  });

  it('has at least six exercises, each citing a reference the topic holds', () => {
    expect(topic.exercises.items.length).to.be.at.least(6);
    const ids = new Set(topic.references.map((r) => r.id));
    for (const exercise of topic.exercises.items) {
      expect(exercise.references.length, exercise.id).to.be.at.least(1);
      for (const ref of exercise.references) expect(ids.has(ref), `${exercise.id} cites ${ref}`).to.equal(true);
    }
  });

  it('attributes quotes only to CJ Morrow, the one person the article quotes', () => {
    const quotes = [
      ...topic.introQuotes,
      ...topic.exercises.quotes,
      ...topic.treatments.items.flatMap((t) => t.quotes),
      ...topic.tips.flatMap((t) => t.quotes),
    ];
    expect(quotes.length).to.be.at.least(8);
    expect(new Set(quotes.map((q) => q.personId))).to.deep.equal(new Set(['cj-morrow']));
  });

  it('names no reviewer on added content', () => {
    const added = [...topic.careAdvice, ...topic.references].filter((item) => item.provenance === 'added');
    const names = topic.people.map((p) => p.name);
    for (const item of added) {
      for (const name of names) expect(JSON.stringify(item)).not.to.contain(name);
    }
  });
});
