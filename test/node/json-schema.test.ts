// The JSON Schema of a content package (dist/content/schema.json) is written from the validator's
// own checks; here an independent JSON Schema implementation (Ajv, draft 2020-12, with formats)
// and the validator must agree: the valid fixtures pass both, each invalid fixture fails both.
// The rules JSON Schema cannot state (a step that must exist, dates in order...) are listed apart:
// the validator refuses them, the schema lets them through, and its $comment says so.
import { strict as assert } from 'node:assert';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { changes } from '../support/topic-files.js';
import { hostEmergencyAdvice, hostWallSlide } from '../fixtures/host-content.js';
import { contentPackageJsonSchema } from '../../src/content/validation/package-schema.js';
import { formatProblem, validateContentPackage } from '../../src/content/validate.js';
import type { Topic } from '../../src/model/index.js';
import { SOURCE_TOPIC, TRANSLATED_TOPIC } from '../support/topics.js';
import { SOURCE, TRANSLATION, type Language } from '../support/lists.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Package = { [key: string]: Json };

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const schemaValid = ajv.compile(contentPackageJsonSchema());

function packageOf(topic: Topic, locale: Language = SOURCE): Package {
  const list = changes.map(({ version, date, summary }) => ({ version, date, summary: summary[locale] }));
  return JSON.parse(JSON.stringify({ $schema: '../schema.json', version: list[0]?.version, changes: list, topic })) as Package;
}

const both = (value: unknown): { schema: boolean; validator: boolean } => ({
  schema: schemaValid(value),
  validator: validateContentPackage(value).ok,
});

/** Where the validator says the problems are. */
const problemPaths = (value: unknown): string[] => {
  const result = validateContentPackage(value);
  return result.ok ? [] : result.problems.map((problem) => problem.path);
};

/** Parsed JSON that the fixtures below edit at any depth (a fixture breaks one field on purpose). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deep edits of parsed JSON, in a test only
type Editable = Record<string, any>;

/** A package of the English topic, changed by `edit` (which gets the topic and the package). */
function edited(edit: (topic: Editable, pack: Package) => void): Package {
  const pack = packageOf(SOURCE_TOPIC);
  edit(pack['topic'] as never, pack);
  return pack;
}

const VALID: Record<string, () => Package> = {
  'the built-in English package': () => packageOf(SOURCE_TOPIC),
  'the built-in package in a translation': () => packageOf(TRANSLATED_TOPIC, TRANSLATION),
  'a package without $schema, with only the required topic dates': () =>
    edited((t, p) => {
      delete p['$schema'];
      t['dates'] = { published: '2023-05-03' };
    }),
  'a host exercise and care advice with their own review dates': () =>
    edited((t) => {
      t['exercises'].items.push({
        ...hostWallSlide,
        dates: { lastReviewed: '2026-01-02', reviewScope: 'clinical', nextReview: '2027-01-02' },
      });
      t['careAdvice'][0] = { ...hostEmergencyAdvice, dates: { nextReview: '2027-01-02' } };
    }),
  'a hold given as a range, a leap day, a mailto link, a relative link': () =>
    edited((t) => {
      t['exercises'].items[0].dosage.holdSeconds = { min: 20, max: 30 };
      t['dates'].published = '2024-02-29';
      t['summary'] = 'Write to [us](mailto:team@example.org) or see [the notes](notes.html#top).';
    }),
};

const INVALID: Record<string, [path: string, make: () => Package]> = {
  'no version': ['version', () => edited((_, p) => delete p['version'])],
  'a version that is not semver': [
    'version',
    () =>
      edited((_, p) => {
        p['version'] = 'v1';
        (p['changes'] as Package[])[0]!['version'] = 'v1';
      }),
  ],
  'no changes': ['changes', () => edited((_, p) => (p['changes'] = []))],
  'a change with no summary': ['changes[0].summary', () => edited((_, p) => delete (p['changes'] as Package[])[0]!['summary'])],
  'an unknown package field': ['extra', () => edited((_, p) => (p['extra'] = true))],
  'an unknown topic field (a typo)': ['topic.titel', () => edited((t) => (t['titel'] = 'x'))],
  'a missing title': ['topic.title', () => edited((t) => delete t['title'])],
  'an empty title': ['topic.title', () => edited((t) => (t['title'] = '   '))],
  'a title that is a number': ['topic.title', () => edited((t) => (t['title'] = 7))],
  'an id with a space': ['topic.id', () => edited((t) => (t['id'] = 'pinched nerve'))],
  'a locale that is not a language tag': ['topic.locale', () => edited((t) => (t['locale'] = 'English'))],
  'a published date that is not a day': ['topic.dates.published', () => edited((t) => (t['dates'].published = '2023-02-30'))],
  'a date written another way': ['topic.dates.published', () => edited((t) => (t['dates'].published = '03/05/2023'))],
  'a review date without its kind': [
    'topic.dates',
    () => edited((t) => (t['dates'] = { published: '2023-05-03', lastReviewed: '2024-01-01' })),
  ],
  'a review kind without its date': [
    'topic.dates',
    () => edited((t) => (t['dates'] = { published: '2023-05-03', reviewScope: 'clinical' })),
  ],
  'an unknown review kind': ['topic.dates.reviewScope', () => edited((t) => (t['dates'].reviewScope = 'peer'))],
  'zero repetitions': ['topic.exercises.items[0].dosage.reps', () => edited((t) => (t['exercises'].items[0].dosage.reps = 0))],
  'repetitions as a fraction': ['topic.exercises.items[0].dosage.reps', () => edited((t) => (t['exercises'].items[0].dosage.reps = 2.5))],
  'an unknown exercise goal': ['topic.exercises.items[0].goal', () => edited((t) => (t['exercises'].items[0].goal = 'cardio'))],
  'an exercise with no steps': ['topic.exercises.items[0].steps', () => edited((t) => (t['exercises'].items[0].steps = []))],
  'an exercise citing nothing': ['topic.exercises.items[0].references', () => edited((t) => (t['exercises'].items[0].references = []))],
  'a figure angle outside human range': [
    'topic.exercises.items[0].figure.frames[0].pose.nearLeg.knee',
    () => edited((t) => (t['exercises'].items[0].figure.frames[0].pose.nearLeg.knee = 200)),
  ],
  'a figure with one frame': [
    'topic.exercises.items[0].figure.frames',
    () => edited((t) => t['exercises'].items[0].figure.frames.splice(1)),
  ],
  'a javascript: link in rich text': ['topic.summary', () => edited((t) => (t['summary'] = 'See [this](javascript:alert(1)).'))],
  'a protocol-relative link in rich text': ['topic.summary', () => edited((t) => (t['summary'] = 'See [this](//evil.example/x).'))],
  'an http: link in rich text': ['topic.summary', () => edited((t) => (t['summary'] = 'See [this](http://example.org/).'))],
  'a javascript: source URL': ['topic.source.url', () => edited((t) => (t['source'].url = 'javascript:alert(1)'))],
  'a data: video': [
    'topic.exercises.items[6].media.video',
    () =>
      edited((t) => {
        t['exercises'].items.push({ ...hostWallSlide, media: { ...hostWallSlide.media, video: 'data:video/mp4;base64,AAAA' } });
      }),
  ],
  'a mailto: video': [
    'topic.exercises.items[6].media.video',
    () => edited((t) => t['exercises'].items.push({ ...hostWallSlide, media: { ...hostWallSlide.media, video: 'mailto:a@b.c' } })),
  ],
  'a URL with a space inside': ['topic.source.url', () => edited((t) => (t['source'].url = 'https://exa mple.org/'))],
  'a URL with a backslash': ['topic.source.url', () => edited((t) => (t['source'].url = 'https:\\\\evil.example'))],
  'a DOI given as a URL': ['topic.references[0].DOI', () => edited((t) => (t['references'][0].DOI = 'https://doi.org/10.1000/xyz'))],
  'a CSL date with a zero month': [
    'topic.references[0].issued',
    () => edited((t) => (t['references'][0].issued = { 'date-parts': [[2020, 0]] })),
  ],
  'an unknown care level': ['topic.careAdvice[0].level', () => edited((t) => (t['careAdvice'][0].level = 'soon'))],
  'a care sign that is neither text nor { text, concept }': [
    'topic.careAdvice[0].signs[0]',
    () => edited((t) => (t['careAdvice'][0].signs[0] = { words: 'x' })),
  ],
  'an unknown person role': ['topic.people[0].roles[0]', () => edited((t) => (t['people'][0].roles = ['influencer']))],
  'a translation whose clinical review is "yes"': [
    'topic.translation.clinicallyReviewed',
    () => edited((t) => (t['translation'] = { from: 'en', by: 'x', date: '2026-01-01', clinicallyReviewed: 'yes' })),
  ],
};

/** Rules only the validator enforces; the schema's $comment names each. */
const VALIDATOR_ONLY: Record<string, [path: string, make: () => Package]> = {
  'a figure frame pointing at a step the exercise lacks': [
    'topic.exercises.items[0].figure.frames[1].step',
    () => edited((t) => (t['exercises'].items[0].figure.frames[1].step = 99)),
  ],
  'a hold step the exercise lacks': [
    'topic.exercises.items[0].dosage.holdSteps[0]',
    () => edited((t) => (t['exercises'].items[0].dosage.holdSteps = [99])),
  ],
  'a hold range whose min is not below its max': [
    'topic.exercises.items[0].dosage.holdSeconds',
    () => edited((t) => (t['exercises'].items[0].dosage.holdSeconds = { min: 30, max: 20 })),
  ],
  'a next review before the last': [
    'topic.dates.nextReview',
    () =>
      edited(
        (t) => (t['dates'] = { published: '2023-05-03', lastReviewed: '2025-01-01', reviewScope: 'clinical', nextReview: '2024-01-01' }),
      ),
  ],
  'a newest change that is not the package version': ['changes[0].version', () => edited((_, p) => (p['version'] = '9.9.9'))],
  // Seated on the chair, the thigh 15° below level (the knee past the seat's front) with the knee at a
  // right angle puts the heel under the floor.
  'a foot through the floor': [
    'topic.exercises.items[0].figure.frames[0]',
    () => edited((t) => (t['exercises'].items[0].figure.frames[0].pose.nearLeg = { hip: 75, knee: 90 })),
  ],
  'a link longer than the URL policy allows': [
    'topic.summary',
    () => edited((t) => (t['summary'] = `See [this](https://example.org/${'a'.repeat(2100)}).`)),
  ],
};

describe('the content package JSON Schema and the validator', () => {
  it('is a draft 2020-12 schema Ajv compiles in strict mode, with no rule left unstated', () => {
    const schema = contentPackageJsonSchema();
    assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
    const comments = JSON.stringify(schema).match(/"\$comment":"[^"]*"/g) ?? [];
    assert.ok(comments.some((c) => c.includes('step')) && comments.some((c) => c.includes('floor')), comments.join('\n'));
  });

  for (const [name, make] of Object.entries(VALID)) {
    it(`both accept ${name}`, () => {
      const pack = make();
      assert.deepEqual(both(pack), { schema: true, validator: true }, JSON.stringify(schemaValid.errors?.slice(0, 3)));
    });
  }

  for (const [name, [path, make]] of Object.entries(INVALID)) {
    it(`both refuse ${name}; the validator names ${path}`, () => {
      const pack = make();
      assert.deepEqual(both(pack), { schema: false, validator: false });
      assert.ok(problemPaths(pack).includes(path), problemPaths(pack).join(', '));
    });
  }

  for (const [name, [path, make]] of Object.entries(VALIDATOR_ONLY)) {
    it(`the validator alone refuses ${name}, at ${path} (beyond JSON Schema; said in a $comment)`, () => {
      const pack = make();
      assert.deepEqual(both(pack), { schema: true, validator: false });
      assert.deepEqual(problemPaths(pack), [path]);
    });
  }

  it('the validator says what is wrong with a package in words', () => {
    const result = validateContentPackage({ ...packageOf(SOURCE_TOPIC), version: '9.0.0' });
    assert.deepEqual(result.ok ? [] : result.problems.map(formatProblem), [
      'changes[0].version: expected the newest change to be version 9.0.0',
    ]);
    const nested = validateContentPackage({ ...packageOf(SOURCE_TOPIC), version: '9.0.0' }, 'packages[3]');
    assert.deepEqual(nested.ok ? [] : nested.problems.map(formatProblem), [
      'packages[3].changes[0].version: expected the newest change to be version 9.0.0',
    ]);
    const shape = validateContentPackage({ ...packageOf(SOURCE_TOPIC), version: 'v2' });
    assert.deepEqual(shape.ok ? [] : shape.problems.map(formatProblem), ['version: expected a version such as 1.2.0']);
  });
});
