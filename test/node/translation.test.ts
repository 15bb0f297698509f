// The translation rules of `npm run check -- content`: the Spanish topic and UI words pass, and each
// rule fails on a fixture that breaks it once.
import assert from 'node:assert/strict';
import { checkMessages, checkTranslation } from '../../scripts/content-rules/translation.js';
import { en, type Messages } from '../../src/i18n/messages.js';
import { messages as es } from '../../src/i18n/es.js';
import { pseudo, pseudoMessages, pseudoize } from '../../src/i18n/pseudo.js';
import type { Topic } from '../../src/model/index.js';
import { SOURCE_TOPIC, TRANSLATED_TOPIC } from '../support/topics.js';

type Writable<T> = { -readonly [K in keyof T]: Writable<T[K]> };

function spanish(): Writable<Topic> {
  return JSON.parse(JSON.stringify(TRANSLATED_TOPIC));
}

function rulesBroken(topic: Topic): string[] {
  return [...new Set(checkTranslation(SOURCE_TOPIC, topic).map((p) => p.rule))];
}

describe('the content check translation rules', () => {
  it('pass for the built-in Spanish topic', () => {
    assert.deepEqual(checkTranslation(SOURCE_TOPIC, TRANSLATED_TOPIC), []);
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
    'a care heading left in English': ['translation-untranslated', (t) => void (t.careAdvice[0]!.heading = 'See a doctor if')],
    'a quote without its original words': ['translation-quote', (t) => void delete t.introQuotes[0]!.original],
    'a quote whose original is not the source’s words': [
      'translation-quote',
      (t) => void (t.tips[0]!.quotes[0]!.original = 'Something else.'),
    ],
  };
  for (const [name, [rule, breakIt]] of Object.entries(fixtures)) {
    it(`fail on ${name} (${rule})`, () => {
      const topic = spanish();
      breakIt(topic);
      assert.deepEqual(rulesBroken(topic), [rule]);
    });
  }

  it('fail when translation.from does not name the source locale', () => {
    const topic = spanish();
    topic.translation = { ...topic.translation!, from: 'fr' };
    assert.deepEqual(rulesBroken(topic), ['translation-structure']);
  });
});

describe('the content check UI message rules', () => {
  it('pass for the Spanish table', () => {
    assert.deepEqual(checkMessages('es', en, es), []);
  });

  it('fail on an empty word, naming it', () => {
    const broken = { ...es, goals: { ...es.goals, strength: ' ' } } as Messages;
    assert.deepEqual(checkMessages('es', en, broken), [{ rule: 'messages-complete', message: 'es: goals.strength is empty' }]);
  });

  it('every Spanish word is there, not empty and not English (each one checked)', () => {
    const words: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') words.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(es);
    // APA's " y " between the last two authors is one letter; every other word is longer.
    for (const word of words) assert.ok(word.trim().length > 1 || word === es.apa.beforeLast, `"${word}" has words`);
    assert.equal(words.length, 85);
  });

  it('fail on a missing key and on a word left in English', () => {
    const broken = { ...es, steps: en.steps, careLevels: { ...es.careLevels, urgent: undefined } } as unknown as Messages;
    const problems = checkMessages('es', en, broken);
    assert.deepEqual(
      problems.map((p) => [p.rule, p.message.split(':')[1]?.trim().split(' ')[0]]),
      [
        ['messages-translated', 'steps'],
        ['messages-complete', 'careLevels.urgent'],
      ],
    );
  });
});

describe('Spanish UI words', () => {
  it('write dates as "3 de mayo de 2023", and leave a date they cannot read as it is', () => {
    assert.equal(es.date('2023-05-03'), '3 de mayo de 2023');
    assert.equal(es.date('2026-12-25'), '25 de diciembre de 2026');
    assert.equal(es.date('2026-13-01'), '2026-13-01');
  });

  it('count with Spanish plurals', () => {
    assert.deepEqual([es.times(1), es.times(2), es.times(5)], ['una vez', '2 veces', '5 veces']);
    assert.deepEqual([es.setsCount(1), es.setsCount(3)], ['1 serie', '3 series']);
    assert.deepEqual([es.seconds(1), es.seconds(2), es.seconds({ min: 20, max: 30 })], ['1 segundo', '2 segundos', 'de 20 a 30 segundos']);
    assert.deepEqual(
      [es.frequency({ times: 1, per: 'day' }), es.frequency({ times: 2, per: 'week' }), es.frequency({ times: 3, per: 'day' })],
      ['Una vez al día', 'Dos veces a la semana', '3 veces al día'],
    );
  });

  it('name the emergency number in the grammar of "Llame …", by region', () => {
    assert.deepEqual(
      [es.emergencyNumber('us'), es.emergencyNumber('uk'), es.emergencyNumber(undefined)],
      ['al 911', 'al 999', 'al número de emergencias de su zona'],
    );
    assert.equal(es.urgentHelp('uk'), 'llame al NHS 111');
  });

  it('list sources as "A, B y C" and say a translation is one', () => {
    assert.equal(
      es.addedFrom('Limber', ['NHS inform', 'Mayo Clinic', 'Healthify']),
      'Añadido por Limber a partir de NHS inform, Mayo Clinic y Healthify',
    );
    assert.equal(es.translated('en', false), 'Traducido del inglés; traducción pendiente de revisión clínica.');
    assert.equal(en.translated('es', true), 'Translated from Spanish. A clinician has reviewed the translation.');
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
