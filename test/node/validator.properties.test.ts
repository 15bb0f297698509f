import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateExercise, validateTopic } from '../../src/content/validate.js';
import { SOURCE_TOPIC } from '../support/topics.js';

// Fewer under mutation testing (each mutant runs the tests again); the full count in npm test.
const DOCUMENTS = process.env.LIMBER_MUTATION ? 300 : 10_000;
const exercise = SOURCE_TOPIC.exercises.items[0]!;

/** Mutations of a valid document: wrong types, missing fields, hostile keys, huge strings, depth. */
const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.constant('x'.repeat(1_000_000)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
  fc.constant(JSON.parse('{"constructor": {"prototype": {"polluted": true}}}')),
  fc.integer({ min: 1, max: 200 }).map((depth) => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < depth; i += 1) deep = { deep };
    return deep;
  }),
);

const mutatedExercise = fc
  .tuple(fc.constantFrom(...Object.keys(exercise), '__proto__', 'constructor', 'extra'), hostileValue, fc.boolean())
  .map(([key, value, remove]) => {
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(exercise));
    if (remove) delete copy[key];
    else Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });

const cyclic = fc.constant(null).map(() => {
  const doc: Record<string, unknown> = JSON.parse(JSON.stringify(exercise));
  doc.dosage = { reps: 1, loop: doc };
  return doc;
});

const documents = fc.oneof(mutatedExercise, hostileValue, cyclic);

it(`the validator never throws and every problem has a path and a message (${DOCUMENTS} documents)`, () => {
  let invalid = 0;
  fc.assert(
    fc.property(documents, (doc) => {
      const result = validateExercise(doc, 'data');
      if (!result.ok) {
        invalid += 1;
        for (const problem of result.problems) {
          assert.ok(problem.path.startsWith('data'), problem.path);
          assert.ok(problem.message.length > 0);
        }
      }
      validateTopic(doc);
    }),
    { numRuns: DOCUMENTS },
  );
  console.log(`  ${DOCUMENTS} documents, ${invalid} reported invalid`);
  assert.ok(invalid > DOCUMENTS * 0.5);
});

it('no document pollutes Object.prototype', () => {
  fc.assert(
    fc.property(documents, (doc) => {
      validateExercise(doc);
      validateTopic(doc);
    }),
    { numRuns: 2_000 },
  );
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
});

it('a valid exercise still validates after all that', () => {
  assert.equal(validateExercise(exercise).ok, true);
  assert.equal(validateTopic(SOURCE_TOPIC).ok, true);
});
