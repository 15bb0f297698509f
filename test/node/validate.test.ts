import { expect } from 'chai';
import type { Exercise } from '../../src/model/index.js';
import { formatProblem, validateExercise, validateTopic } from '../../src/content/validate.js';
import { SOURCE_TOPIC } from '../support/topics.js';

const good: Exercise = {
  id: 'host-stretch',
  name: 'Host stretch',
  goal: 'flexibility',
  startingPosition: 'Stand tall.',
  steps: ['Reach up.'],
  dosage: { reps: 5 },
  stopIf: ['it hurts'],
  references: ['nhs-111-wales-sciatica'],
};

/** Every problem, as `path: message` lines. */
function problemsOf(value: unknown): string[] {
  const result = validateExercise(value);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('content validator', () => {
  describe('the shipped topic', () => {
    it('passes, so what reviewers edit is what the runtime accepts', () => {
      const result = validateTopic(SOURCE_TOPIC);
      expect(result.ok ? [] : result.problems.map(formatProblem)).to.deep.equal([]);
    });

    it('reports a bad exercise deep inside a topic with its full path', () => {
      const items = SOURCE_TOPIC.exercises.items.map((e, i) => (i === 2 ? { ...e, dosage: { reps: -1 } } : e));
      const topic = { ...SOURCE_TOPIC, exercises: { ...SOURCE_TOPIC.exercises, items } };
      const result = validateTopic(topic);
      expect(result.ok ? [] : result.problems.map(formatProblem)).to.deep.equal([
        'exercises.items[2].dosage.reps: expected a positive integer',
      ]);
    });
  });

  it('accepts a well-formed exercise and returns it', () => {
    expect(validateExercise(good)).to.deep.equal({ ok: true, value: good });
  });

  describe('returns every problem with its path for a malformed exercise', () => {
    const cases: [string, unknown, string[]][] = [
      ['null', null, ['(root): expected an object, got null']],
      ['a string', 'knee-rolls', ['(root): expected an object, got a string']],
      ['an array', [good], ['(root): expected an object, got an array']],
      [
        'an empty object',
        {},
        [
          'id: is required',
          'name: is required',
          'goal: is required',
          'startingPosition: is required',
          'steps: is required',
          'dosage: is required',
          'stopIf: is required',
          'references: is required',
        ],
      ],
      ['reps of zero', { ...good, dosage: { reps: 0 } }, ['dosage.reps: expected a positive integer']],
      ['reps as a string', { ...good, dosage: { reps: '10' } }, ['dosage.reps: expected a positive integer']],
      ['fractional sets', { ...good, dosage: { sets: 1.5 } }, ['dosage.sets: expected a positive integer']],
      [
        'an inverted hold range',
        { ...good, dosage: { holdSeconds: { min: 30, max: 20 } } },
        ['dosage.holdSeconds: expected a positive integer or { min, max } with min < max'],
      ],
      ['an unknown goal', { ...good, goal: 'cardio' }, ['goal: expected one of "nerve-mobility", "mobility", "flexibility", "strength"']],
      ['steps not a list', { ...good, steps: 'Reach up.' }, ['steps: expected a list, got a string']],
      ['no steps', { ...good, steps: [] }, ['steps: expected at least 1 item(s)']],
      ['a number among the steps', { ...good, steps: ['Reach up.', 7] }, ['steps[1]: expected text, got a number']],
      ['an empty name', { ...good, name: '   ' }, ['name: expected text, got an empty string']],
      ['a typo in a field name', { ...good, stopif: ['x'] }, ['stopif: is not a known field']],
      [
        'a javascript: link in a step',
        { ...good, steps: ['[tap](javascript:alert(1))'] },
        ['steps[0]: link "tap" was not rendered as a link: URL scheme "javascript:" is not allowed in "javascript:alert(1)"'],
      ],
      [
        'a data: video',
        {
          ...good,
          media: { video: 'data:video/mp4;base64,AAAA', captions: { src: 'c.vtt', srclang: 'en', label: 'English' }, description: 'x' },
        },
        ['media.video: URL scheme "data:" is not allowed in "data:video/mp4;base64,AAAA"'],
      ],
      ['a video without captions', { ...good, media: { video: 'v.mp4', description: 'x' } }, ['media.captions: is required']],
      ['an id with markup', { ...good, id: '"><img src=x>' }, ['id: expected an id of letters, digits, ".", "_" or "-"']],
      [
        'frequency per month',
        { ...good, dosage: { frequency: { times: 2, per: 'month' } } },
        ['dosage.frequency.per: expected one of "day", "week"'],
      ],
    ];
    for (const [name, value, expected] of cases) {
      it(name, () => {
        expect(problemsOf(value)).to.deep.equal(expected);
      });
    }
  });

  it('treats a __proto__ key as an unknown field and pollutes nothing', () => {
    const hostile: unknown = JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}');
    expect(problemsOf(hostile)).to.include('__proto__: is not a known field');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('does not loop on a cyclic object', () => {
    const cyclic: Record<string, unknown> = { ...good };
    cyclic.self = cyclic;
    cyclic.dosage = { reps: 2, again: cyclic };
    expect(problemsOf(cyclic)).to.deep.equal(['dosage.again: is not a known field', 'self: is not a known field']);
  });

  it('never throws, even on a Proxy whose reads throw', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
        get: () => {
          throw new Error('trap');
        },
      },
    );
    for (const value of [undefined, 0, NaN, true, Symbol('s'), () => 1, new Date(), trap, 10n]) {
      expect(() => validateExercise(value)).not.to.throw();
      expect(validateExercise(value).ok).to.equal(false);
    }
  });
});
