// Spanish's own tests, the one file that names a language (test/node/test-lists.test.ts allows a
// file named language-<code>.test.ts): its UI words that take arguments, each as a Spanish reader
// reads it (numbers with their grammar, "Llame al 911", plurals, lists and dates), APA 7's Spanish
// forms on the topic's references, and the Spanish readability formula. The suites every language
// runs (translations, the every-element suites, the content rules) take their words from the tables.
import assert from 'node:assert/strict';
import { messages as es } from '../../src/i18n/es.js';
import { en } from '../../src/i18n/messages.js';
import { expect } from 'chai';
import { formatReference, referenceToPlain } from '../../src/content/apa.js';
import type { Reference } from '../../src/model/index.js';
import { scoreOf } from '../../scripts/content-rules/readability.js';
import { SOURCE_TOPIC } from '../support/topics.js';

describe('Spanish UI words with arguments', () => {
  it('the numbers to call and where to go, by region', () => {
    assert.deepEqual(
      (['us', 'uk', undefined] as const).map((r) => [es.emergencyNumber(r), es.emergencyPlace(r), es.emergencyLine(r)]),
      [
        ['al 911', 'la sala de emergencias', '¿Tiene algún signo de emergencia? Llame al 911 ahora.'],
        ['al 999', 'urgencias del hospital (A&E)', '¿Tiene algún signo de emergencia? Llame al 999 ahora.'],
        [
          'al número de emergencias de su zona',
          'la sala de emergencias más cercana',
          '¿Tiene algún signo de emergencia? Llame al número de emergencias de su zona ahora.',
        ],
      ],
    );
    assert.deepEqual([es.urgentHelp('us'), es.urgentHelp('uk')], ['busque atención médica urgente', 'llame al NHS 111']);
    assert.deepEqual(
      (['ca', 'au', 'nz'] as const).map((r) => es.emergencyLine(r)),
      [
        '¿Tiene algún signo de emergencia? Llame al 911 ahora.',
        '¿Tiene algún signo de emergencia? Llame al 000 (triple cero) ahora.',
        '¿Tiene algún signo de emergencia? Llame al 111 ahora.',
      ],
    );
  });

  it('counts, holds and how often, singular and plural', () => {
    assert.deepEqual([es.times(1), es.times(3), es.setsCount(1), es.setsCount(2)], ['una vez', '3 veces', '1 serie', '2 series']);
    assert.deepEqual([es.seconds(1), es.seconds(5), es.seconds({ min: 20, max: 30 })], ['1 segundo', '5 segundos', 'de 20 a 30 segundos']);
    assert.deepEqual(
      [es.frequency({ times: 1, per: 'day' }), es.frequency({ times: 2, per: 'week' }), es.frequency({ times: 3, per: 'day' })],
      ['Una vez al día', 'Dos veces a la semana', '3 veces al día'],
    );
    assert.deepEqual([es.doneToday(1), es.doneToday(2), es.doneToday(2, 3)], ['Hoy: una vez', 'Hoy: 2 veces', 'Hoy: 2 de 3 veces']);
    assert.deepEqual([es.figureStep(2), es.source(3), es.reference(4)], ['Paso 2', 'Fuente 3', 'Referencia 4']);
    assert.equal(es.printedFrom('https://x.org/p'), 'Impreso desde https://x.org/p');
  });

  it('where content comes from, lists joined with "y", and its review', () => {
    assert.equal(es.fromSource('Hinge Health', '2023'), 'Del artículo de Hinge Health (2023)');
    assert.deepEqual(
      [
        es.addedFrom('Limber', []),
        es.addedFrom('Limber', ['A']),
        es.addedFrom('Limber', ['A', 'B']),
        es.addedFrom('Limber', ['A', 'B', 'C']),
      ],
      [
        'Añadido por Limber',
        'Añadido por Limber a partir de A',
        'Añadido por Limber a partir de A y B',
        'Añadido por Limber a partir de A, B y C',
      ],
    );
    assert.deepEqual(
      [es.translated('en', true), es.translated('en', false), es.translated('fr', false)],
      [
        'Traducido del inglés; un profesional clínico ha revisado la traducción.',
        'Traducido del inglés; traducción pendiente de revisión clínica.',
        'Traducido del fr; traducción pendiente de revisión clínica.',
      ],
    );
    assert.equal(es.reviewedBy(['A, PT'], '1 de enero de 2027'), 'Revisado por A, PT el 1 de enero de 2027.');
    assert.equal(es.reviewedBy(['A, PT', 'B, MD'], 'x'), 'Revisado por A, PT y B, MD el x.');
    assert.equal(
      es.changedSinceReview('x'),
      'Cambió después de que un profesional clínico lo revisara el x. No ha tenido revisión clínica desde entonces.',
    );
    assert.equal(
      es.expertsNote('P', '2023', 'L'),
      'Estos expertos aparecen en el artículo de P (2023). Participaron solo en ese artículo; no han revisado lo que añadió L.',
    );
    assert.deepEqual(es.aboutTopic({ curator: 'L', publisher: 'P', published: 'D', checked: 'C' }), [
      'L basó esta página en un artículo de P, «',
      '» (D). L añadió ejercicios, consejos y notas de fuentes públicas, comprobadas el C. Cada parte dice de dónde viene.',
    ]);
    assert.equal(
      es.aboutTopic({ curator: 'L', publisher: 'P', published: 'D' })[1],
      '» (D). L añadió ejercicios, consejos y notas de fuentes públicas. Cada parte dice de dónde viene.',
    );
    assert.deepEqual([es.date('2023-05-03'), es.date('bad')], ['3 de mayo de 2023', 'bad']);
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

describe('APA 7 in Spanish', () => {
  const byId = (id: string): Reference => {
    const found = SOURCE_TOPIC.references.find((r) => r.id === id);
    if (!found) throw new Error(`no reference ${id}`);
    return found;
  };
  // APA 7’s Spanish forms, the work’s own words kept and marked.
  const spanish = (reference: Reference): string => referenceToPlain(reference, es.apa);
  it('"y" before the last author, the day before the month, "En" for a chapter', () => {
    expect(spanish(byId('davis-2019-sciatica'))).to.equal(
      'Davis, D. y Vasudevan, A. (2019, 15 de noviembre). Sciatica. En StatPearls. StatPearls Publishing.',
    );
    expect(spanish(byId('ellis-2012-jospt'))).to.equal(
      'Ellis, R. F., Hing, W. A. y McNair, P. J. (2012). Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging. Journal of Orthopaedic & Sports Physical Therapy, 42, 667–675.',
    );
  });
  it('"(s.f.)" without a date, "Recuperado el … de" before a page that changes', () => {
    expect(spanish(byId('physiopedia-sciatic-nerve-injury'))).to.equal('Sciatic nerve injury. (s.f.). Physiopedia.');
    expect(spanish(byId('nhs-111-wales-sciatica'))).to.equal(
      'NHS 111 Wales. (s.f.). Sciatica. Recuperado el 1 de diciembre de 2026 de https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/',
    );
  });
  it('marks the work’s own words, so a page can say what language they are in', () => {
    const own = formatReference(byId('nhs-111-wales-sciatica'), es.apa).filter((s) => 'own' in s && s.own);
    expect(own.map((s) => s.text)).to.deep.equal(['Sciatica']);
  });
});

describe('readability in Spanish', () => {
  it('Spanish: Szigriszt-Pazos, 206.835 − 62.3 × syllables per word − words per sentence', () => {
    // "El gato come pan." 4 words, 6 syllables (el, ga-to, co-me, pan), 1 sentence: 206.835 − 93.45 − 4.
    assert.equal(scoreOf('El gato come pan.', 'es'), 109.4);
  });
});
