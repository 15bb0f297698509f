// The JSON Schema of a content package (dist/content/schema.json) is written from the validator's
// own checks; here an independent JSON Schema implementation (Ajv, draft 2020-12, with formats)
// and the validator must agree: the valid fixtures pass both, each invalid fixture fails both.
// The rules JSON Schema cannot state (a step that must exist, dates in order...) are listed apart:
// the validator refuses them, the schema lets them through, and its $comment says so.
import { strict as assert } from 'node:assert';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { pinchedNerveLowBackEn } from '../../content/pinched-nerve-low-back/en.js';
import { pinchedNerveLowBackEs } from '../../content/pinched-nerve-low-back/es.js';
import { changes } from '../../content/pinched-nerve-low-back/changes.js';
import { hostEmergencyAdvice, hostWallSlide } from '../fixtures/host-content.js';
import { contentPackageJsonSchema } from '../../src/content/validation/package-schema.js';
import { validateContentPackage } from '../../src/content/validate.js';
import type { Topic } from '../../src/content/model.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Package = { [key: string]: Json };

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const schemaValid = ajv.compile(contentPackageJsonSchema());

function packageOf(topic: Topic, locale: 'en' | 'es' = 'en'): Package {
  const list = changes.map(({ version, date, summary }) => ({ version, date, summary: summary[locale] }));
  return JSON.parse(JSON.stringify({ $schema: '../schema.json', version: list[0]?.version, changes: list, topic })) as Package;
}

const both = (value: unknown): { schema: boolean; validator: boolean } => ({
  schema: schemaValid(value),
  validator: validateContentPackage(value).ok,
});

/** Parsed JSON that the fixtures below edit at any depth (a fixture breaks one field on purpose). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deep edits of parsed JSON, in a test only
type Editable = Record<string, any>;

/** A package of the English topic, changed by `edit` (which gets the topic and the package). */
function edited(edit: (topic: Editable, pack: Package) => void): Package {
  const pack = packageOf(pinchedNerveLowBackEn);
  edit(pack['topic'] as never, pack);
  return pack;
}

const VALID: Record<string, () => Package> = {
  'the built-in English package': () => packageOf(pinchedNerveLowBackEn),
  'the built-in Spanish package': () => packageOf(pinchedNerveLowBackEs, 'es'),
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

const INVALID: Record<string, () => Package> = {
  'no version': () => edited((_, p) => delete p['version']),
  'a version that is not semver': () => edited((_, p) => (p['version'] = 'v1')),
  'no changes': () => edited((_, p) => (p['changes'] = [])),
  'a change with no summary': () => edited((_, p) => delete (p['changes'] as Package[])[0]!['summary']),
  'an unknown package field': () => edited((_, p) => (p['extra'] = true)),
  'an unknown topic field (a typo)': () => edited((t) => (t['titel'] = 'x')),
  'a missing title': () => edited((t) => delete t['title']),
  'an empty title': () => edited((t) => (t['title'] = '   ')),
  'a title that is a number': () => edited((t) => (t['title'] = 7)),
  'an id with a space': () => edited((t) => (t['id'] = 'pinched nerve')),
  'a locale that is not a language tag': () => edited((t) => (t['locale'] = 'English')),
  'a published date that is not a day': () => edited((t) => (t['dates'].published = '2023-02-30')),
  'a date written another way': () => edited((t) => (t['dates'].published = '03/05/2023')),
  'a review date without its kind': () => edited((t) => (t['dates'] = { published: '2023-05-03', lastReviewed: '2024-01-01' })),
  'a review kind without its date': () => edited((t) => (t['dates'] = { published: '2023-05-03', reviewScope: 'clinical' })),
  'an unknown review kind': () => edited((t) => (t['dates'].reviewScope = 'peer')),
  'zero repetitions': () => edited((t) => (t['exercises'].items[0].dosage.reps = 0)),
  'repetitions as a fraction': () => edited((t) => (t['exercises'].items[0].dosage.reps = 2.5)),
  'an unknown exercise goal': () => edited((t) => (t['exercises'].items[0].goal = 'cardio')),
  'an exercise with no steps': () => edited((t) => (t['exercises'].items[0].steps = [])),
  'an exercise citing nothing': () => edited((t) => (t['exercises'].items[0].references = [])),
  'a figure angle outside human range': () => edited((t) => (t['exercises'].items[0].figure.frames[0].pose.nearLeg.knee = 200)),
  'a figure with one frame': () => edited((t) => t['exercises'].items[0].figure.frames.splice(1)),
  'a javascript: link in rich text': () => edited((t) => (t['summary'] = 'See [this](javascript:alert(1)).')),
  'a protocol-relative link in rich text': () => edited((t) => (t['summary'] = 'See [this](//evil.example/x).')),
  'an http: link in rich text': () => edited((t) => (t['summary'] = 'See [this](http://example.org/).')),
  'a javascript: source URL': () => edited((t) => (t['source'].url = 'javascript:alert(1)')),
  'a data: video': () =>
    edited((t) => {
      t['exercises'].items.push({ ...hostWallSlide, media: { ...hostWallSlide.media, video: 'data:video/mp4;base64,AAAA' } });
    }),
  'a mailto: video': () =>
    edited((t) => t['exercises'].items.push({ ...hostWallSlide, media: { ...hostWallSlide.media, video: 'mailto:a@b.c' } })),
  'a URL with a space inside': () => edited((t) => (t['source'].url = 'https://exa mple.org/')),
  'a URL with a backslash': () => edited((t) => (t['source'].url = 'https:\\\\evil.example')),
  'a DOI given as a URL': () => edited((t) => (t['references'][0].DOI = 'https://doi.org/10.1000/xyz')),
  'a CSL date with a zero month': () => edited((t) => (t['references'][0].issued = { 'date-parts': [[2020, 0]] })),
  'an unknown care level': () => edited((t) => (t['careAdvice'][0].level = 'soon')),
  'a care sign that is neither text nor { text, concept }': () => edited((t) => (t['careAdvice'][0].signs[0] = { words: 'x' })),
  'an unknown person role': () => edited((t) => (t['people'][0].roles = ['influencer'])),
  'a translation whose clinical review is "yes"': () =>
    edited((t) => (t['translation'] = { from: 'en', by: 'x', date: '2026-01-01', clinicallyReviewed: 'yes' })),
};

/** Rules only the validator enforces; the schema's $comment names each. */
const VALIDATOR_ONLY: Record<string, () => Package> = {
  'a figure frame pointing at a step the exercise lacks': () => edited((t) => (t['exercises'].items[0].figure.frames[1].step = 99)),
  'a hold step the exercise lacks': () => edited((t) => (t['exercises'].items[0].dosage.holdSteps = [99])),
  'a hold range whose min is not below its max': () => edited((t) => (t['exercises'].items[0].dosage.holdSeconds = { min: 30, max: 20 })),
  'a next review before the last': () =>
    edited(
      (t) => (t['dates'] = { published: '2023-05-03', lastReviewed: '2025-01-01', reviewScope: 'clinical', nextReview: '2024-01-01' }),
    ),
  'a newest change that is not the package version': () => edited((_, p) => (p['version'] = '9.9.9')),
  // Seated on the chair, the thigh 20° below level with a straight knee puts the heel under the floor.
  'a foot through the floor': () => edited((t) => (t['exercises'].items[0].figure.frames[0].pose.nearLeg = { hip: -20, knee: 0 })),
  'a link longer than the URL policy allows': () => edited((t) => (t['summary'] = `See [this](https://example.org/${'a'.repeat(2100)}).`)),
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

  for (const [name, make] of Object.entries(INVALID)) {
    it(`both refuse ${name}`, () => {
      assert.deepEqual(both(make()), { schema: false, validator: false });
    });
  }

  for (const [name, make] of Object.entries(VALIDATOR_ONLY)) {
    it(`the validator alone refuses ${name} (beyond JSON Schema; said in a $comment)`, () => {
      assert.deepEqual(both(make()), { schema: true, validator: false });
    });
  }
});
