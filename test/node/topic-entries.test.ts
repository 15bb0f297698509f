// The topic index's entries (src/components/topic-index/entries.ts): A to Z by the reader's
// language's rules, first letter capital, and a filter that ignores case and accents.
import assert from 'node:assert/strict';
import { matching, nameEntries, topicEntries } from '../../src/components/topic-index/entries.js';
import type { Topic } from '../../src/model/index.js';

/** Just what the index reads of a topic: its id, language, title and condition. */
const topic = (id: string, locale: string, name?: string, alternateName?: string): Topic =>
  ({
    id,
    locale,
    title: `The ${id} page`,
    ...(name ? { condition: { name, ...(alternateName ? { alternateName } : {}) } } : {}),
  }) as unknown as Topic;

describe('topic index entries', () => {
  it('sorts A to Z by the language’s rules (an accent sorts with its letter) and capitalises the first letter', () => {
    // French, a language Limber does not list: the rules are the reader's language's, whichever it is.
    const entries = topicEntries([topic('z', 'fr', 'zona'), topic('e', 'fr', 'épaule gelée'), topic('a', 'fr', 'arthrose')], 'fr');
    assert.deepEqual(
      entries.map((e) => e.name),
      ['Arthrose', 'Épaule gelée', 'Zona'],
    );
  });

  it('falls back to the title without a condition, and lists the other name', () => {
    const [named, plain] = topicEntries([topic('b', 'en'), topic('a', 'en', 'a pinched nerve', 'sciatica')], 'en');
    assert.deepEqual(named, { id: 'a', name: 'A pinched nerve', otherNames: ['sciatica'], lang: 'en' });
    assert.deepEqual(plain, { id: 'b', name: 'The b page', otherNames: [], lang: 'en' });
  });

  it('from the names alone: each topic in the reader’s language where it has its own names, else English, marked with the language they are in', () => {
    const names = {
      knee: { en: { name: 'knee arthritis', alternateName: 'osteoarthritis' }, fr: { name: 'arthrose du genou' } },
      nerve: { en: { name: 'pinched nerve' } },
      none: {},
    };
    // fr-CA falls back to fr, then English; a topic with no names at all is left out.
    assert.deepEqual(nameEntries(names, 'fr-CA'), [
      { id: 'knee', name: 'Arthrose du genou', otherNames: [], lang: 'fr' },
      { id: 'nerve', name: 'Pinched nerve', otherNames: [], lang: 'en' },
    ]);
    assert.deepEqual(
      nameEntries(names, 'en').map((e) => [e.name, e.otherNames]),
      [
        ['Knee arthritis', ['osteoarthritis']],
        ['Pinched nerve', []],
      ],
    );
  });

  it('matches any name, ignoring case, accents and spaces at the ends; an empty filter keeps all', () => {
    const entries = topicEntries([topic('k', 'fr', 'arthrose du genou', 'gonarthrose'), topic('n', 'fr', 'nerf pincé', 'sciatique')], 'fr');
    assert.deepEqual(
      matching(entries, ' SCIATIQUE ', 'fr').map((e) => e.id),
      ['n'],
    );
    assert.deepEqual(
      matching(entries, 'pince', 'fr').map((e) => e.id),
      ['n'],
    );
    assert.deepEqual(
      matching(entries, 'génou', 'fr').map((e) => e.id),
      ['k'],
    );
    assert.equal(matching(entries, '', 'fr'), entries);
    assert.deepEqual(matching(entries, 'xyz', 'fr'), []);
  });
});
