// The validator's schemas, field by field: every field of the built-in topic is removed and given
// a wrong type in turn, and the validator must name exactly that field, or pass where the schema
// says the field is optional.
import { expect } from 'chai';
import {
  formatProblem,
  validateCareAdvice,
  validateDisclaimer,
  validatePerson,
  validateTip,
  validateTopic,
} from '../../src/content/validate.js';
import { fieldAt, fieldsByWords } from '../../src/content/validation/fields.js';
import { topicSchemas } from '../../src/content/validation/topic-schemas.js';
import { SOURCE_TOPIC } from '../support/topics.js';

/** Whether the schema lets the field at `segments` be left out (the model's `?`: the schema's type
 * is proved to be the model's at compile time, in src/content/validation/model-types.ts). */
const isOptional = (segments: readonly (string | number)[]): boolean => {
  const field = fieldAt(topicSchemas().topic, segments);
  if (!field) throw new Error(`the topic schema has no field ${segments.join('.')}`);
  return field.optional;
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const copy = (): { [key: string]: Json } => JSON.parse(JSON.stringify(SOURCE_TOPIC));

/**
 * Under mutation testing (each mutant reruns these tests) only the first two items of each list:
 * every shape still, in a third of the time; otherwise every field.
 */
const EACH = process.env.LIMBER_MUTATION ? 2 : Infinity;

/** Every object field of the topic, as [parent path, key, path segments]. */
function fields(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.slice(0, EACH).flatMap((item, index) => fields(item, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  // CSL date-parts are checked as one value, not field by field.
  if ('date-parts' in value) return [];
  return Object.entries(value).flatMap(([key, child]) => [[...path, key], ...fields(child, [...path, key])]);
}

const dotted = (segments: (string | number)[]): string =>
  segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

function at(root: Json, segments: (string | number)[]): { [key: string]: Json } {
  let node: Json = root;
  for (const segment of segments) node = (node as { [key: string]: Json })[segment] as Json;
  return node as { [key: string]: Json };
}

const problems = (value: unknown): string[] => {
  const result = validateTopic(value);
  return result.ok ? [] : result.problems.map(formatProblem);
};

const all = fields(copy());

describe('the topic schema, field by field', () => {
  it('walks hundreds of fields of the built-in topic (every shape, when sampled for mutation testing)', () => {
    expect(all.length).to.be.greaterThan(EACH === Infinity ? 300 : 200);
  });

  it('removing a required field reports exactly "is required" at its path; removing an optional one passes', () => {
    for (const segments of all) {
      const key = segments.at(-1);
      if (typeof key !== 'string') continue;
      const topic = copy();
      delete at(topic, segments.slice(0, -1))[key];
      const path = dotted(segments);
      const parent = dotted(segments.slice(0, -1));
      const found = problems(topic);
      // A review date and its kind are optional together: one without the other is refused.
      if (key === 'lastReviewed' || key === 'reviewScope')
        expect(found, path).to.deep.equal([`${parent}: lastReviewed and reviewScope come together: when, and what kind of review`]);
      // In a figure's pose an angle left out is 0 and a far limb copies the near one: still a pose,
      // but a hand may then fall short of the knee it holds, which the validator says.
      else if (isOptional(segments) && path.includes('.figure.frames['))
        expect(
          found.filter((problem) => !/: the (near|far) hand does not reach the (near|far) knee it holds$/.test(problem)),
          path,
        ).to.deep.equal([]);
      else if (isOptional(segments)) expect(found, path).to.deep.equal([]);
      // Inside a value of several shapes (a care sign, an author) the value as a whole is refused.
      else if (found[0]?.startsWith(`${parent}: expected`)) expect(found, path).to.have.length(1);
      else expect(found, path).to.deep.equal([`${path}: is required`]);
    }
  });

  it('an optional field set to undefined passes; a required one set to undefined is required', () => {
    const topic = copy() as { [key: string]: unknown };
    (topic['dates'] as Record<string, unknown>)['nextReview'] = undefined;
    expect(problems(topic)).to.deep.equal([]);
    topic['title'] = undefined;
    expect(problems(topic)).to.deep.equal(['title: is required']);
  });

  it('a wrong type in any field is reported at exactly that path', () => {
    for (const segments of all) {
      const topic = copy();
      const key = segments.at(-1) as string | number;
      const parent = at(topic, segments.slice(0, -1));
      parent[key] = typeof parent[key] === 'number' ? 'seven' : 7;
      const path = dotted(segments);
      const found = problems(topic);
      expect(found.length, path).to.be.greaterThan(0);
      // At the field (or inside it), or at its parent when the parent is one of several shapes (`either`).
      const parentPath = dotted(segments.slice(0, -1));
      expect(
        found.every(
          (p) =>
            p.startsWith(`${path}:`) || p.startsWith(`${path}.`) || p.startsWith(`${path}[`) || p.startsWith(`${parentPath}: expected`),
        ),
        `${path}: ${found.join(' | ')}`,
      ).to.equal(true);
    }
  });

  it('an unknown field anywhere is named', () => {
    const topic = copy();
    at(topic, ['exercises', 'items', 0, 'dosage'])['rep'] = 3;
    at(topic, ['people', 1])['nickname'] = 'J';
    expect(problems(topic)).to.deep.equal([
      'people[1].nickname: is not a known field',
      'exercises.items[0].dosage.rep: is not a known field',
    ]);
  });
});

describe('the topic schema, as a translator reads it', () => {
  const { kept, translated } = fieldsByWords(topicSchemas().topic);

  it('keeps ids, enumerations, URLs, dates, numbers and records as they are, and translates the words', () => {
    for (const name of [
      'id',
      'personId',
      'locale',
      'kind',
      'level',
      'goal',
      'roles',
      'provenance',
      'references',
      'dates',
      'src',
      'video',
      'srclang',
      'frequency',
      'translation',
      'review',
    ])
      expect(kept.has(name) && !translated.has(name), name).to.equal(true);
    for (const name of [
      'title',
      'summary',
      'intro',
      'heading',
      'steps',
      'stopIf',
      'name',
      'text',
      'signs',
      'action',
      'alt',
      'label',
      'note',
      'bio',
    ])
      expect(translated.has(name) && !kept.has(name), name).to.equal(true);
  });

  it('gives each field name one answer, so a name alone says whether a translation keeps it', () => {
    expect([...kept].filter((name) => translated.has(name))).to.deep.equal([]);
    expect(kept.size + translated.size).to.be.greaterThan(60);
  });

  it('finds a field by its path, with whether it may be left out', () => {
    expect(fieldAt(topicSchemas().topic, ['exercises', 'items', 0, 'dosage', 'references'])?.optional).to.equal(true);
    expect(fieldAt(topicSchemas().topic, ['exercises', 'items', 0, 'references'])?.optional).to.equal(false);
    expect(fieldAt(topicSchemas().topic, ['references', 0, 'author', 0, 'given'])?.optional).to.equal(true);
    expect(fieldAt(topicSchemas().topic, ['exercises', 'items', 0, 'rep'])).to.equal(undefined);
  });
});

describe('topic limits', () => {
  it('a locale is a language tag of at most 35 characters, a curator name at most 100, and there is at least one cause', () => {
    const topic = copy();
    topic['locale'] = `es-${'x'.repeat(33)}`;
    topic['curator'] = 'y'.repeat(101);
    (topic['causes'] as { [key: string]: Json })['causes'] = [];
    expect(problems(topic)).to.deep.equal([
      'locale: expected a language tag such as "en" or "es-MX"',
      'curator: expected at most 100 characters',
      'causes.causes: expected at least 1 item(s)',
    ]);
  });

  it("the source article's URL passes the link policy", () => {
    const topic = copy();
    (topic['source'] as { [key: string]: Json })['url'] = 'https://www.hingehealth.com/resources/articles/pinched-nerve-lower-back/';
    expect(problems(topic)).to.deep.equal([]);
    (topic['source'] as { [key: string]: Json })['url'] = 'javascript:alert(1)';
    expect(problems(topic)).to.deep.equal(['source.url: URL scheme "javascript:" is not allowed in "javascript:alert(1)"']);
  });
});

describe('the element-level schemas', () => {
  const topic = SOURCE_TOPIC;
  const person = topic.people[0];
  const tip = topic.tips[0];
  const advice = topic.careAdvice[0];
  const disclaimer = topic.disclaimers[0];

  it('accept the built-in person, tip, care advice and disclaimer', () => {
    expect(validatePerson(person).ok).to.equal(true);
    expect(validateTip(tip).ok).to.equal(true);
    expect(validateCareAdvice(advice).ok).to.equal(true);
    expect(validateDisclaimer(disclaimer).ok).to.equal(true);
  });

  it('report problems from the root when no path is given, and under the path when one is', () => {
    const first = (result: { ok: boolean; problems?: readonly { path: string; message: string }[] }): string =>
      result.ok || !result.problems?.[0] ? '' : formatProblem(result.problems[0]);
    expect(first(validatePerson({ ...person, name: '' }))).to.equal('name: expected text, got an empty string');
    expect(first(validateTip({ ...tip, title: '' }))).to.equal('title: expected text, got an empty string');
    expect(first(validateCareAdvice({ ...advice, heading: '' }))).to.equal('heading: expected text, got an empty string');
    expect(first(validateDisclaimer({ ...disclaimer, text: '' }))).to.equal('text: expected text, got an empty string');
    expect(first(validateTopic({ ...topic, title: '' }))).to.equal('title: expected text, got an empty string');
    expect(first(validateTopic({ ...topic, title: '' }, 'catalog.topics[0]'))).to.equal(
      'catalog.topics[0].title: expected text, got an empty string',
    );
    expect(first(validateTopic(null))).to.equal('(root): expected an object, got null');
  });

  it('turn a document that throws when read into one problem, never an exception', () => {
    const boom = (): never => {
      throw new Error('boom');
    };
    const hostile = new Proxy({}, { getOwnPropertyDescriptor: boom, ownKeys: boom, get: boom });
    const root = validatePerson(hostile);
    expect(root.ok ? [] : root.problems).to.deep.equal([{ path: '(root)', message: 'could not be read (Error: boom)' }]);
    const nested = validateTip(hostile, 'data');
    expect(nested.ok ? [] : nested.problems).to.deep.equal([{ path: 'data', message: 'could not be read (Error: boom)' }]);
  });

  it('report each with the path given', () => {
    const result = validateTip({ ...tip, kind: 'shout' }, 'data');
    expect(result.ok ? [] : result.problems.map(formatProblem)).to.deep.equal(['data.kind: expected one of "tip", "note", "warning"']);
  });

  it('a person needs at least one role, each a known one', () => {
    const none = validatePerson({ ...person, roles: [] });
    expect(none.ok ? [] : none.problems.map(formatProblem)).to.deep.equal(['roles: expected at least 1 item(s)']);
    const unknown = validatePerson({ ...person, roles: ['surgeon'] });
    expect(unknown.ok ? [] : unknown.problems.map(formatProblem)).to.deep.equal([
      'roles[0]: expected one of "author", "expert", "medical-reviewer", "clinical-reviewer"',
    ]);
  });

  it('a photo URL passes the media policy and needs alt text', () => {
    const bad = validatePerson({ ...person, photo: { src: 'mailto:a@b.example', alt: '' } });
    expect(bad.ok ? [] : bad.problems.map(formatProblem)).to.deep.equal([
      'photo.src: URL scheme "mailto:" is not allowed in "mailto:a@b.example"',
      'photo.alt: expected text, got an empty string',
    ]);
  });

  it('care signs are rich text or { text, concept } with an id concept', () => {
    expect(validateCareAdvice({ ...advice, signs: [{ text: 'Numb legs', concept: 'numb-legs' }, 'Plain sign'] }).ok).to.equal(true);
    const bad = validateCareAdvice({ ...advice, signs: [{ text: 'Numb legs', concept: 'not an id!' }, 42] });
    expect(bad.ok ? [] : bad.problems.map(formatProblem)).to.deep.equal([
      'signs[0]: expected rich text or { text, concept }',
      'signs[1]: expected rich text or { text, concept }',
    ]);
  });

  it('care advice needs a known level and at least one sign', () => {
    const bad = validateCareAdvice({ ...advice, level: 'soon', signs: [] });
    expect(bad.ok ? [] : bad.problems.map(formatProblem)).to.deep.equal([
      'level: expected one of "non-urgent", "urgent", "emergency"',
      'signs: expected at least 1 item(s)',
    ]);
  });

  it('a disclaimer has a known kind and provenance', () => {
    const bad = validateDisclaimer({ ...disclaimer, kind: 'legal', provenance: 'borrowed' });
    expect(bad.ok ? [] : bad.problems.map(formatProblem)).to.deep.equal([
      'kind: expected one of "article", "video", "medicine", "exercise"',
      'provenance: expected one of "source-article", "added"',
    ]);
  });
});

describe('references', () => {
  const reference = (fields: Record<string, unknown>): string[] => {
    const topic = copy();
    (topic['references'] as Json[])[0] = { ...(topic['references'] as { [key: string]: Json }[])[0], ...fields } as Json;
    return problems(topic).filter((p) => p.startsWith('references[0]'));
  };

  it('a DOI is bare, 10.<4-9 digits>/<suffix>', () => {
    expect(reference({ DOI: '10.2519/jospt.2012.3987' })).to.deep.equal([]);
    for (const doi of ['https://doi.org/10.1/x', '10.123/x', '10.1234567890/x', '10.1234/', '10.1234/a b', 12]) {
      expect(reference({ DOI: doi }), String(doi)).to.deep.equal(['references[0].DOI: expected a bare DOI such as 10.1000/xyz']);
    }
  });

  it('dates are { "date-parts": [[year, month?, day?]] } of positive whole numbers', () => {
    const message = 'expected { "date-parts": [[year, month?, day?]] }';
    for (const good of [[[2023]], [[2023, 5]], [[2023, 5, 3]]]) expect(reference({ issued: { 'date-parts': good } })).to.deep.equal([]);
    for (const bad of [
      null,
      [],
      { 'date-parts': [] },
      { 'date-parts': [[]] },
      { 'date-parts': [[2023, 5, 3, 1]] },
      { 'date-parts': [[2023], [2024]] },
      { 'date-parts': [[0]] },
      { 'date-parts': [[2023.5]] },
      { 'date-parts': [['2023']] },
      { 'date-parts': [[2023]], extra: 1 },
      { 'date-parts': '2023' },
    ]) {
      expect(reference({ issued: bad }), JSON.stringify(bad)).to.deep.equal([`references[0].issued: ${message}`]);
    }
  });

  it('authors are { family, given? } or { literal }, at least one', () => {
    expect(reference({ author: [{ family: 'Ellis', given: 'R. F.' }, { literal: 'NHS inform' }, { family: 'Hing' }] })).to.deep.equal([]);
    expect(reference({ author: [] })).to.deep.equal(['references[0].author: expected at least 1 item(s)']);
    expect(reference({ author: [{ given: 'R.' }, { literal: '' }, { family: 'A', literal: 'B' }] })).to.deep.equal([
      'references[0].author[0]: expected { family, given? } or { literal }',
      'references[0].author[1]: expected { family, given? } or { literal }',
      'references[0].author[2]: expected { family, given? } or { literal }',
    ]);
  });

  it('a DOI with a resolver in front is not bare', () => {
    expect(reference({ DOI: 'https://doi.org/10.2519/jospt.2012.3987' })).to.deep.equal([
      'references[0].DOI: expected a bare DOI such as 10.1000/xyz',
    ]);
  });

  it('every part of a date must be positive, not just one', () => {
    expect(reference({ issued: { 'date-parts': [[2023, 0]] } })).to.deep.equal([
      'references[0].issued: expected { "date-parts": [[year, month?, day?]] }',
    ]);
  });

  it('the type is a known CSL type', () => {
    expect(reference({ type: 'tweet' })).to.deep.equal([
      'references[0].type: expected one of "article-journal", "webpage", "book", "chapter", "report"',
    ]);
  });
});
