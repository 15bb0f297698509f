// The Spanish UI words that take arguments, each as a Spanish reader reads it: numbers with their
// grammar ("Llame al 911"), the emergency place a US reader knows, plurals, lists and dates.
import assert from 'node:assert/strict';
import { messages as es } from '../../src/i18n/es.js';

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
