// The translation rules of `npm run check -- content`: each translation's topic and UI words pass,
// and each rule fails on a fixture that breaks it once.
import assert from 'node:assert/strict';
import { checkMessages, checkTranslation } from '../../scripts/content-rules/translation.js';
import { en, type Messages } from '../../src/i18n/messages.js';
import { MESSAGE_LOADERS } from '../../src/i18n/locales.js';
import { pseudo, pseudoMessages, pseudoize } from '../../src/i18n/pseudo.js';
import type { Topic } from '../../src/model/index.js';
import { SOURCE_TOPIC, topicIn } from '../support/topics.js';
import { TRANSLATIONS, UNLISTED } from '../support/lists.js';

type Writable<T> = { -readonly [K in keyof T]: Writable<T[K]> };

/** A writable copy of a translation's text of the topic. */
function copyIn(lang: (typeof TRANSLATIONS)[number]): Writable<Topic> {
  return JSON.parse(JSON.stringify(topicIn(lang)));
}

function rulesBroken(topic: Topic): string[] {
  return [...new Set(checkTranslation(SOURCE_TOPIC, topic).map((p) => p.rule))];
}

for (const lang of TRANSLATIONS)
  describe(`the content check translation rules (${lang})`, () => {
    it('pass for the built-in topic in it', () => {
      assert.deepEqual(checkTranslation(SOURCE_TOPIC, topicIn(lang)), []);
    });

    const fixtures: Record<string, [rule: string, (t: Writable<Topic>) => void]> = {
      'a dose that differs from the source': ['translation-structure', (t) => void (t.exercises.items[3]!.dosage.reps = 10)],
      'a missing exercise': ['translation-structure', (t) => void t.exercises.items.pop()],
      'an exercise in another order': ['translation-structure', (t) => void t.exercises.items.reverse()],
      'a care sign moved to another concept': [
        'translation-structure',
        (t) => void ((t.careAdvice[2]!.signs[0] as { concept: string }).concept = 'x'),
      ],
      'a reference list that differs': ['translation-structure', (t) => void t.careAdvice[0]!.references.pop()],
      'a field the source does not have': [
        'translation-structure',
        (t) => void ((t.tips[0] as unknown as Record<string, string>)['extra'] = 'x'),
      ],
      'a step left in English': [
        'translation-untranslated',
        (t) => void (t.exercises.items[0]!.steps[0] = SOURCE_TOPIC.exercises.items[0]!.steps[0]!),
      ],
      'a care heading left in English': [
        'translation-untranslated',
        (t) => void (t.careAdvice[0]!.heading = SOURCE_TOPIC.careAdvice[0]!.heading),
      ],
      'a quote without its original words': ['translation-quote', (t) => void delete t.introQuotes[0]!.original],
      'a quote whose original is not the source’s words': [
        'translation-quote',
        (t) => void (t.tips[0]!.quotes[0]!.original = 'Something else.'),
      ],
    };
    for (const [name, [rule, breakIt]] of Object.entries(fixtures)) {
      it(`fail on ${name} (${rule})`, () => {
        const topic = copyIn(lang);
        breakIt(topic);
        assert.deepEqual(rulesBroken(topic), [rule]);
      });
    }

    it('fail when translation.from does not name the source locale', () => {
      const topic = copyIn(lang);
      topic.translation = { ...topic.translation!, from: UNLISTED };
      assert.deepEqual(rulesBroken(topic), ['translation-structure']);
    });
  });

for (const lang of TRANSLATIONS)
  describe(`the content check UI message rules (${lang})`, () => {
    let table: Messages;
    before(async () => {
      table = await MESSAGE_LOADERS[lang]!();
    });
    const stringsOf = (value: unknown): string[] => {
      if (typeof value === 'string') return [value];
      return value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];
    };

    it('pass for its table', () => {
      assert.deepEqual(checkMessages(lang, en, table), []);
    });

    it('fail on an empty word, naming it', () => {
      const broken = { ...table, goals: { ...table.goals, strength: ' ' } } as Messages;
      assert.deepEqual(checkMessages(lang, en, broken), [{ rule: 'messages-complete', message: `${lang}: goals.strength is empty` }]);
    });

    it('every word is there, as many as English has, none empty (each one checked)', () => {
      const words = stringsOf(table);
      // APA's word between the last two authors may be one letter (" y "); every other word is longer.
      for (const word of words) assert.ok(word.trim().length > 1 || word === table.apa.beforeLast, `"${word}" has words`);
      assert.equal(words.length, stringsOf(en).length);
    });

    it('fail on a missing key and on a word left in English', () => {
      const broken = { ...table, steps: en.steps, careLevels: { ...table.careLevels, urgent: undefined } } as unknown as Messages;
      const problems = checkMessages(lang, en, broken);
      assert.deepEqual(
        problems.map((p) => [p.rule, p.message.split(':')[1]?.trim().split(' ')[0]]),
        [
          ['messages-translated', 'steps'],
          ['messages-complete', 'careLevels.urgent'],
        ],
      );
    });
  });

describe('pseudo-locale', () => {
  it('pseudoizes every string in a value, function results too, and leaves skipped keys, numbers and booleans alone', () => {
    const value = { id: 'keep-me', title: 'Hi', list: ['a', { text: 'b', n: 2, ok: true }], say: (n: number) => `${n} go` };
    const out = pseudoize(value, (key) => key === 'id');
    assert.deepEqual(
      { ...out, say: undefined },
      { id: 'keep-me', title: '⟦Ĥîî⟧', list: ['⟦åå⟧', { text: '⟦ƀ⟧', n: 2, ok: true }], say: undefined },
    );
    assert.equal(out.say(3), '⟦3 ĝöö⟧');
    assert.equal(pseudoize(null), null);
  });

  it('the pseudo UI words are the English ones, pseudoized', () => {
    assert.equal(pseudoMessages.steps, pseudo(en.steps));
    assert.equal(pseudoMessages.times(3), pseudo(en.times(3)));
    assert.deepEqual(
      pseudoMessages.aboutTopic({ curator: 'L', publisher: 'P', published: 'D' }),
      en.aboutTopic({ curator: 'L', publisher: 'P', published: 'D' }).map(pseudo),
    );
  });

  it('accents every letter, doubles vowels (about 40 % longer) and marks both ends', () => {
    assert.equal(pseudo('Steps'), '⟦Šţééþš⟧');
    const text = en.noDose;
    assert.ok(pseudo(text).length >= text.length * 1.3, `${pseudo(text)} is about 40 % longer`);
  });

  it('keeps citation markers, link targets and placeholders working', () => {
    assert.equal(pseudo('Call {emergency-number}.[^mayo-sciatica]'), '⟦Çååļļ {emergency-number}.[^mayo-sciatica]⟧');
    assert.equal(pseudo('See [NHS](https://www.nhs.uk/)'), '⟦Šéééé [ÑĤŠ](https://www.nhs.uk/)⟧');
  });
});
