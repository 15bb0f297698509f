// Catalog look-ups by id and locale, the locale fallback chain, and care-sign text.
import { expect } from 'chai';
import { exercisesOf, findExercise, findReferences, findTopic, topicsFor, type Catalog } from '../../src/content/catalog.js';
import { signText } from '../../src/content/care-signs.js';
import type { Topic } from '../../src/model/index.js';
import { ENGLISH_MONTHS, localeChain } from '../../src/locale/chain.js';
import { SOURCE_TOPIC as en } from '../support/topics.js';
import { SOURCE, TRANSLATION } from '../support/lists.js';

const gb: Topic = { ...en, locale: 'en-GB', title: 'Pinched nerve (UK)' };
const other: Topic = {
  ...en,
  id: 'other-topic',
  exercises: { ...en.exercises, items: [{ ...en.exercises.items[0]!, id: 'other-move' }] },
  references: [{ ...en.references[0]!, title: 'Another copy of the first reference' }],
};
const catalog: Catalog = { topics: [en, gb, other] };

describe('locale chain', () => {
  it('goes from the most specific tag to English', () => {
    expect(localeChain('en-GB')).to.deep.equal(['en-GB', 'en']);
    expect(localeChain(`${TRANSLATION}-419`)).to.deep.equal([`${TRANSLATION}-419`, TRANSLATION, SOURCE]);
    expect(localeChain('zh-Hant-TW')).to.deep.equal(['zh-Hant-TW', 'zh-Hant', 'zh', 'en']);
    expect(localeChain('en')).to.deep.equal(['en']);
  });

  it('names the twelve months in English', () => {
    expect(ENGLISH_MONTHS).to.have.length(12);
    expect([ENGLISH_MONTHS[0], ENGLISH_MONTHS[4], ENGLISH_MONTHS[11]]).to.deep.equal(['January', 'May', 'December']);
  });
});

describe('catalog', () => {
  it('finds a topic in the best locale, falling back to English, and nothing for an unknown id', () => {
    expect(findTopic(catalog, en.id, 'en-GB')?.title).to.equal('Pinched nerve (UK)');
    expect(findTopic(catalog, en.id, 'en-US')).to.equal(en);
    expect(findTopic(catalog, en.id, 'fr')).to.equal(en);
    expect(findTopic(catalog, 'knees', 'en')).to.equal(undefined);
    expect(findTopic({ topics: [gb] }, en.id, 'en')).to.equal(undefined);
  });

  it('lists one text per topic id, in catalog order', () => {
    expect(topicsFor(catalog, 'en-GB').map((t) => `${t.id}/${t.locale}`)).to.deep.equal([`${en.id}/en-GB`, 'other-topic/en']);
    expect(topicsFor(catalog, 'en').map((t) => `${t.id}/${t.locale}`)).to.deep.equal([`${en.id}/en`, 'other-topic/en']);
  });

  it('leaves out a topic that has no text in the locale or in English', () => {
    const translatedOnly: Topic = { ...en, id: 'translated-only', locale: TRANSLATION };
    expect(topicsFor({ topics: [en, translatedOnly] }, 'en').map((t) => t.id)).to.deep.equal([en.id]);
    expect(topicsFor({ topics: [en, translatedOnly] }, TRANSLATION).map((t) => t.id)).to.deep.equal([en.id, 'translated-only']);
  });

  it('finds an exercise in any topic, with the topic it belongs to', () => {
    const entry = findExercise(catalog, 'other-move', 'en');
    expect(entry?.topic.id).to.equal('other-topic');
    expect(entry?.exercise.id).to.equal('other-move');
    expect(findExercise(catalog, 'bridge', 'en')?.topic).to.equal(en);
    expect(findExercise(catalog, 'cartwheel', 'en')).to.equal(undefined);
  });

  it('filters exercises by goal, or gives them all', () => {
    expect(exercisesOf(en)).to.equal(en.exercises.items);
    const mobility = exercisesOf(en, 'mobility');
    expect(mobility.length).to.be.greaterThan(0);
    expect(mobility.every((e) => e.goal === 'mobility')).to.equal(true);
    expect(mobility.length).to.be.lessThan(en.exercises.items.length);
  });

  it('resolves references in the order asked, the first topic that has each, and leaves out unknown ids', () => {
    const [first, second] = en.references;
    const found = findReferences(catalog, [second!.id, 'nope', first!.id], 'en');
    expect([...found.keys()]).to.deep.equal([second!.id, first!.id]);
    expect(found.get(first!.id)?.title).to.equal(first!.title);
  });
});

describe('care signs', () => {
  it('reads the text of a plain sign and of a sign with a concept', () => {
    expect(signText('Numb legs')).to.equal('Numb legs');
    expect(signText({ text: 'Numb legs[^x]', concept: 'numb-legs' })).to.equal('Numb legs[^x]');
  });
});
