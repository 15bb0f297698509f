// The content rules of `npm run check -- content`: the built-in topic passes every rule, and each
// rule fails on a fixture that breaks it (so no rule is one that cannot fail).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_CONTEXT, checkTopic, rules, type RuleContext } from '../../scripts/content-rules/rules.js';
import { checklistProblems, guidedInstructionProblems } from '../../scripts/content-rules/checklist.js';
import { lowBack } from '../../content/checklists/low-back.js';
import type { ChecklistEntry, RedFlagChecklist } from '../../content/checklists/checklist.js';
import { en as guidedEn } from '../../src/i18n/guided/en.js';
import { records } from '../support/topic-files.js';
import type { Topic } from '../../src/model/index.js';
import { SOURCE_TOPIC } from '../support/topics.js';
import { TOPIC } from '../support/lists.js';

const sourcesMd = readFileSync(`content/${TOPIC}/SOURCES.md`, 'utf8');

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
  return JSON.parse(JSON.stringify(SOURCE_TOPIC));
}

/**
 * Each rule's fixture; `alsoBreaks` names a rule the same defect breaks by design (a sign at two
 * levels is also a checklist entry that maps to two signs).
 */
const fixtures: Record<string, { break: (t: Writable<Topic>) => void; sources?: string; context?: RuleContext; alsoBreaks?: string[] }> = {
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
    alsoBreaks: ['checklist'],
  },
  'quotes-attributed': {
    break: (t) => {
      at(t.tips, 0).quotes.push({ text: 'Words nobody said.', personId: 'jonathan-lee' });
    },
  },
  roles: {
    break: (t) => {
      at(t.people, 1).roles = ['medical-reviewer'];
      t.source!.quoted = ['cj-morrow', 'jonathan-lee'];
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
    // Its terms are on record, so only its being unused breaks a rule.
    context: {
      ...DEFAULT_CONTEXT,
      records: {
        ...records,
        references: {
          ...records.references,
          'unused-page': { terms: { licence: 'public-domain', detail: 'A test page.', use: ['facts-restated'] } },
        },
      },
    },
  },
  'sources-entry': { break: () => undefined, sources: sourcesMd.replace('### care urgent', '### care (removed)') },
  readability: {
    break: (t) => {
      t.callToAction!.body[0] =
        'Notwithstanding considerable interindividual variability, musculoskeletal rehabilitation programmes administered telematically demonstrate comparable effectiveness to conventional institutional physiotherapeutic interventions.';
    },
  },
  'red-flags-first': {
    break: () => undefined,
    context: {
      ...DEFAULT_CONTEXT,
      records,
      articleOrder: ['causes', 'exercises', 'care', 'treatments', 'tips', 'cta', 'experts', 'references'],
    },
  },
  'one-waiting-rule': {
    break: (t) => {
      t.exercises.safety.push('If you are no better after 2 weeks, see your doctor.[^nhs-inform-back-exercises]');
    },
    sources: `${sourcesMd}\n### safety 5\nA second wait, to break the one waiting rule.\n`,
  },
  'clinical-claims': {
    break: (t) => {
      t.dates.reviewScope = 'clinical';
    },
  },
  // A reference added without its terms on record.
  'terms-on-record': {
    break: (t) => {
      t.references.push({ id: 'new-page', type: 'webpage', title: 'A new page', provenance: 'source-article' });
    },
  },
  // A care sign no checklist entry maps to: a sign the checklist's sources do not give.
  checklist: {
    break: (t) => {
      at(t.careAdvice, 1).signs.push({
        text: 'your back feels stiff in the morning[^northern-trust-low-back-pain]',
        concept: 'morning-stiffness',
      });
    },
  },
  // A safety line that gives its own instruction for pain after an injury instead of pointing to the care advice.
  'one-instruction': {
    break: (t) => {
      t.exercises.safety[0] = 'If your pain started after a fall, rest for a day before you start.[^nhsggc-low-back]';
    },
  },
};

/** The rules' context as the content check gives it: the topic's records (each source's terms) included. */
const CONTEXT: RuleContext = { ...DEFAULT_CONTEXT, records };

it('the built-in English topic passes every content rule', () => {
  assert.deepEqual(checkTopic(SOURCE_TOPIC as Topic, sourcesMd, CONTEXT), []);
});

it('every rule has a fixture that breaks it', () => {
  assert.deepEqual(Object.keys(fixtures).sort(), Object.keys(rules).sort());
});

for (const [name, fixture] of Object.entries(fixtures)) {
  it(`rule ${name} fails on a topic that breaks it, and only that rule does`, () => {
    const topic = copy();
    fixture.break(topic);
    const problems = checkTopic(topic as Topic, fixture.sources ?? sourcesMd, fixture.context ?? CONTEXT);
    assert.ok(problems.length > 0, `expected ${name} to fail`);
    assert.deepEqual([...new Set(problems.map((p) => p.rule))].sort(), [name, ...(fixture.alsoBreaks ?? [])].sort());
  });
}

it('a reviewer with a quote is refused even when listed as quoted', () => {
  const topic = copy();
  topic.source!.quoted = ['cj-morrow', 'dylan-peterson'];
  at(topic.tips, 0).quotes.push({ text: 'Invented.', personId: 'dylan-peterson' });
  const found = checkTopic(topic as Topic, sourcesMd, CONTEXT).map((p) => p.rule);
  assert.ok(found.includes('roles'));
});

describe('the red-flag checklist rule fails on each way a checklist and a topic disagree', () => {
  const topic = (): Topic => copy() as Topic;
  const withEntries = (entries: readonly ChecklistEntry[]): RedFlagChecklist[] => [{ ...lowBack, entries }];
  const messages = (checklists: readonly RedFlagChecklist[], t: Topic = topic()): string[] =>
    checklistProblems(t, checklists).map((p) => p.message);
  const fever = lowBack.entries.find((e) => e.id === 'nt-fever');

  it('the low-back checklist holds the built-in topic', () => assert.deepEqual(messages([lowBack]), []));

  it('an entry that maps to no care sign', () => {
    const found = messages(
      withEntries([
        ...lowBack.entries,
        { id: 'x', source: 'northern-trust-low-back-pain', words: 'chest pain', sourceLevel: 'urgent', sign: 'chest-pain' },
      ]),
    );
    assert.deepEqual(found, [
      'low-back: entry x (northern-trust-low-back-pain: "chest pain") maps to no care sign: no sign has the concept "chest-pain"',
    ]);
  });

  it('an entry whose sign is in two places', () => {
    const t = copy();
    at(t.careAdvice, 1).signs.push({ text: 'you have a high temperature[^northern-trust-low-back-pain]', concept: 'fever' });
    const found = messages([lowBack], t as Topic);
    assert.ok(
      found.length > 0 && found.every((m) => m.includes('maps to two care signs: "fever" is at urgent and urgent')),
      found.join('\n'),
    );
  });

  it('a care sign that no entry maps to', () => {
    const found = messages(withEntries(lowBack.entries.filter((e) => !('sign' in e) || e.sign !== 'band-pain')));
    assert.deepEqual(found, ['low-back: the urgent sign "band-pain" maps to no checklist entry']);
  });

  it('a sign at another level than its source gives, with no reason', () => {
    assert.ok(fever);
    const found = messages(withEntries(lowBack.entries.map((e) => (e === fever ? { ...fever, sourceLevel: 'emergency' as const } : e))));
    assert.deepEqual(found, [
      'low-back: entry nt-fever (northern-trust-low-back-pain: "fever or high temperature"): its source puts it at emergency, the sign "fever" is at urgent; say why in levelNote',
    ]);
  });

  it('an entry excluded without a reason, and a topic no checklist names', () => {
    const found = messages(
      withEntries([
        ...lowBack.entries,
        { id: 'y', source: 'royal-free-cauda-equina', words: 'w', sourceLevel: 'emergency', excluded: ' ' },
      ]),
    );
    assert.deepEqual(found, ['low-back: entry y (royal-free-cauda-equina: "w") is excluded without a reason']);
    assert.deepEqual(messages([{ ...lowBack, topics: [] }]), [`no red-flag checklist in content/checklists/ names topic "${TOPIC}"`]);
  });
});

describe('the guided mode gives no stop rule of its own', () => {
  it('passes the English guided words', () => assert.deepEqual(guidedInstructionProblems('en', guidedEn), []));

  it('fails on a guided note with a stop rule of its own (the words a no-dose card once had)', () => {
    const words = { ...guidedEn, heading: 'Go through the steps at your own pace, and stop if your symptoms get worse.' };
    assert.deepEqual(
      guidedInstructionProblems('en', words).map((p) => p.message),
      [
        'guided word heading gives a stop rule of its own; show the card\'s stop-if list instead: "Go through the steps at your own pace, and stop if your symptoms get worse."',
      ],
    );
  });
});
