// The content rules of `npm run check -- content`: the built-in topic passes every rule, and each
// rule fails on a fixture that breaks it (so no rule is one that cannot fail).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkTopic, rules, type RuleContext } from '../../content/rules/rules.js';
import { pinchedNerveLowBackEn } from '../../content/pinched-nerve-low-back/en.js';
import type { Topic } from '../../src/model/index.js';

const sourcesMd = readFileSync('content/pinched-nerve-low-back/SOURCES.md', 'utf8');

/** A topic whose every field can be broken. */
type Writable<T> = { -readonly [K in keyof T]: Writable<T[K]> };

/** The item at `index`, which the fixture needs to exist. */
function at<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index} to break`);
  return item;
}

/** A deep, writable copy of the built-in topic to break. */
function copy(): Writable<Topic> {
  return JSON.parse(JSON.stringify(pinchedNerveLowBackEn));
}

const fixtures: Record<string, { break: (t: Writable<Topic>) => void; sources?: string; context?: RuleContext }> = {
  'added-cites': {
    break: (t) => {
      t.exercises.safety[1] = 'Stop if it hurts.';
    },
  },
  'dose-sourced': {
    break: (t) => {
      at(t.exercises.items, 0).dosage = { reps: 10 };
    },
  },
  'sign-one-level': {
    break: (t) => {
      at(t.careAdvice, 1).signs.push({ text: 'trouble controlling your bladder[^nhs-inform-sciatica]', concept: 'bladder-control' });
    },
  },
  'quotes-attributed': {
    break: (t) => {
      at(t.tips, 0).quotes.push({ text: 'Words nobody said.', personId: 'jonathan-lee' });
    },
  },
  roles: {
    break: (t) => {
      at(t.people, 1).roles = ['medical-reviewer'];
      t.source.quoted = ['cj-morrow', 'jonathan-lee'];
    },
  },
  'web-accessed': {
    break: (t) => {
      const mayo = t.references.find((r) => r.id === 'mayo-sciatica');
      if (mayo) delete mayo.accessed;
    },
  },
  'refs-resolve': {
    break: (t) => {
      at(t.careAdvice, 0).references.push('no-such-reference');
    },
  },
  'refs-used': {
    break: (t) => {
      t.references.push({ id: 'unused-page', type: 'webpage', title: 'Unused', provenance: 'added' });
    },
  },
  'sources-entry': { break: () => undefined, sources: sourcesMd.replace('### care urgent', '### care (removed)') },
  readability: {
    break: (t) => {
      t.callToAction.body[0] =
        'Notwithstanding considerable interindividual variability, musculoskeletal rehabilitation programmes administered telematically demonstrate comparable effectiveness to conventional institutional physiotherapeutic interventions.';
    },
  },
  'red-flags-first': {
    break: () => undefined,
    context: { articleOrder: ['causes', 'exercises', 'care', 'treatments', 'tips', 'cta', 'experts', 'references'] },
  },
  'one-waiting-rule': {
    break: (t) => {
      t.exercises.safety.push('If you are no better after 2 weeks, see your doctor.[^nhs-inform-back-exercises]');
    },
    sources: `${sourcesMd}\n### safety 4\nA second wait, to break the one waiting rule.\n`,
  },
  'clinical-claims': {
    break: (t) => {
      t.dates.reviewScope = 'clinical';
    },
  },
};

it('the built-in English topic passes every content rule', () => {
  assert.deepEqual(checkTopic(pinchedNerveLowBackEn as Topic, sourcesMd), []);
});

it('every rule has a fixture that breaks it', () => {
  assert.deepEqual(Object.keys(fixtures).sort(), Object.keys(rules).sort());
});

for (const [name, fixture] of Object.entries(fixtures)) {
  it(`rule ${name} fails on a topic that breaks it, and only that rule does`, () => {
    const topic = copy();
    fixture.break(topic);
    const problems = checkTopic(topic as Topic, fixture.sources ?? sourcesMd, fixture.context);
    assert.ok(problems.length > 0, `expected ${name} to fail`);
    assert.deepEqual([...new Set(problems.map((p) => p.rule))], [name]);
  });
}

it('a reviewer with a quote is refused even when listed as quoted', () => {
  const topic = copy();
  topic.source.quoted = ['cj-morrow', 'dylan-peterson'];
  at(topic.tips, 0).quotes.push({ text: 'Invented.', personId: 'dylan-peterson' });
  const found = checkTopic(topic as Topic, sourcesMd).map((p) => p.rule);
  assert.ok(found.includes('roles'));
});
