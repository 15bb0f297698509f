// The validator's building blocks, at their edges: lengths, ranges, anchors and the wording of
// each problem, which hosts see in the console and the development notice.
import { expect } from 'chai';
import { arrayOf, either, object, optional, type Check, type ContentProblem } from '../../src/content/validation/check.js';
import { boolean, identifier, isoDate, languageTag, oneOf, positiveInteger, richText, text } from '../../src/content/validation/values.js';
import { exercise } from '../../src/content/validation/exercise-schema.js';

/** The problems `check` finds in `value`, as `path: message`. */
function run(check: Check, value: unknown, path = 'x'): string[] {
  const problems: ContentProblem[] = [];
  check(value, path, problems);
  return problems.map((p) => `${p.path}: ${p.message}`);
}

describe('validation checks', () => {
  it('languageTag: takes en, es-MX, en-XA, zh-Hant-TW; refuses other shapes and tags over 35 characters', () => {
    for (const tag of ['en', 'pt', 'es-MX', 'en-XA', 'ar-XB', 'zh-Hant-TW', 'ast']) expect(run(languageTag(), tag), tag).to.deep.equal([]);
    for (const bad of ['', 'EN', 'english', 'e', 'es_MX', 'es-', '-es', 'es MX', 'es-toolongsubtag', 7, null]) {
      expect(run(languageTag(), bad), String(bad)).to.deep.equal(['x: expected a language tag such as "en" or "es-MX"']);
    }
    const long = `es-${Array.from({ length: 8 }, () => 'abcd').join('-')}`;
    expect(long.length).to.be.greaterThan(35);
    expect(run(languageTag(), long)).to.have.length(1);
    expect(run(languageTag(), long.slice(0, 32))).to.deep.equal([]);
  });

  it('boolean: true or false only', () => {
    expect(run(boolean(), true)).to.deep.equal([]);
    expect(run(boolean(), false)).to.deep.equal([]);
    for (const bad of ['true', 0, 1, null, undefined]) expect(run(boolean(), bad)).to.deep.equal(['x: expected true or false']);
  });

  it('text: names what it got instead, and holds to its length', () => {
    expect(run(text(), 'ok')).to.deep.equal([]);
    expect(run(text(), null)).to.deep.equal(['x: expected text, got null']);
    expect(run(text(), [])).to.deep.equal(['x: expected text, got an array']);
    expect(run(text(), {})).to.deep.equal(['x: expected text, got an object']);
    expect(run(text(), 3)).to.deep.equal(['x: expected text, got a number']);
    expect(run(text(), true)).to.deep.equal(['x: expected text, got a boolean']);
    expect(run(text(), undefined)).to.deep.equal(['x: expected text, got a undefined']);
    expect(run(text(), ' \n ')).to.deep.equal(['x: expected text, got an empty string']);
    expect(run(text({ maxLength: 3 }), 'abc')).to.deep.equal([]);
    expect(run(text({ maxLength: 3 }), 'abcd')).to.deep.equal(['x: expected at most 3 characters']);
  });

  it('rich text: at most 20,000 characters, and its links pass the URL policy', () => {
    expect(run(richText(), 'a'.repeat(20_000))).to.deep.equal([]);
    expect(run(richText(), 'a'.repeat(20_001))).to.deep.equal(['x: expected at most 20000 characters']);
    expect(run(richText(), 'See [this](javascript:alert(1)).')).to.have.length(1);
    expect(run(richText(), 7)).to.deep.equal(['x: expected text, got a number']);
  });

  it('identifier: letters, digits, ".", "_" or "-", starting with a letter or digit, up to 100', () => {
    for (const good of ['a', 'A9', 'knee-to-chest', 'v1.2_x', 'a'.repeat(100)]) expect(run(identifier(), good), good).to.deep.equal([]);
    for (const bad of ['', '-a', ' a', 'a ', 'a!', 'knee to chest', 'a'.repeat(101), 5, null]) {
      expect(run(identifier(), bad), String(bad)).to.deep.equal(['x: expected an id of letters, digits, ".", "_" or "-"']);
    }
  });

  it('positive integer: 1 to 10,000', () => {
    for (const good of [1, 2, 10_000]) expect(run(positiveInteger(), good), String(good)).to.deep.equal([]);
    for (const bad of [0, -1, 1.5, 10_001, '5', Number.NaN, Infinity]) {
      expect(run(positiveInteger(), bad), String(bad)).to.deep.equal(['x: expected a positive integer']);
    }
  });

  it('ISO date: a real day written YYYY-MM-DD', () => {
    for (const good of ['2024-02-29', '2023-05-03']) expect(run(isoDate(), good), good).to.deep.equal([]);
    for (const bad of [
      '2023-02-29',
      '2023-13-01',
      '2023-5-3',
      ' 2023-05-03',
      '2023-05-03 ',
      'x2023-05-03',
      '2023-05-03x',
      20230503,
      null,
    ]) {
      expect(run(isoDate(), bad), String(bad)).to.deep.equal(['x: expected a date written YYYY-MM-DD']);
    }
  });

  it('one of: only the listed strings', () => {
    expect(run(oneOf(['a', 'b']), 'b')).to.deep.equal([]);
    expect(run(oneOf(['a', 'b']), 'c')).to.deep.equal(['x: expected one of "a", "b"']);
    expect(run(oneOf(['1']), 1)).to.deep.equal(['x: expected one of "1"']);
  });

  it('list: its bounds, and each item checked at its index (none past the maximum)', () => {
    const list = arrayOf(text(), { min: 1, max: 2 });
    expect(run(list, ['a', 'b'])).to.deep.equal([]);
    expect(run(list, [])).to.deep.equal(['x: expected at least 1 item(s)']);
    expect(run(list, ['a', 'b', ''])).to.deep.equal(['x: expected at most 2 items']);
    expect(run(list, ['a', 3])).to.deep.equal(['x[1]: expected text, got a number']);
    expect(run(list, 'a')).to.deep.equal(['x: expected a list, got a string']);
    expect(run(arrayOf(text()), new Array(500).fill('a'))).to.deep.equal([]);
    expect(run(arrayOf(text()), new Array(501).fill('a'))).to.deep.equal(['x: expected at most 500 items']);
  });

  it('object: required and optional fields, unknown fields named, own properties only', () => {
    const shape = object({ a: text(), b: optional(text()) });
    expect(run(shape, { a: 'x' })).to.deep.equal([]);
    expect(run(shape, { a: 'x', b: undefined })).to.deep.equal([]);
    expect(run(shape, { a: undefined })).to.deep.equal(['x.a: is required']);
    expect(run(shape, { b: 3 })).to.deep.equal(['x.a: is required', 'x.b: expected text, got a number']);
    expect(run(shape, { a: 'x', c: 1 })).to.deep.equal(['x.c: is not a known field']);
    expect(run(shape, Object.create({ a: 'inherited' }))).to.deep.equal(['x.a: is required']);
    expect(run(shape, JSON.parse('{"a": "x", "__proto__": {"a": 1}}'))).to.deep.equal(['x.__proto__: is not a known field']);
    expect(run(shape, [])).to.deep.equal(['x: expected an object, got an array']);
    expect(run(shape, { a: 'x' }, '')).to.deep.equal([]);
    expect(run(shape, {}, '')).to.deep.equal(['a: is required']);
  });

  it('either: passes on any alternative, else says what was expected', () => {
    const check = either('expected a number or text', positiveInteger(), text());
    expect(run(check, 3)).to.deep.equal([]);
    expect(run(check, 'x')).to.deep.equal([]);
    expect(run(check, null)).to.deep.equal(['x: expected a number or text']);
  });

  it('hold seconds: a positive integer, or a range whose minimum is below its maximum', () => {
    const hold = (holdSeconds: unknown): string[] => {
      const base = { id: 'e', name: 'N', goal: 'mobility', startingPosition: 'S', steps: ['s'], stopIf: ['p'], references: ['r'] };
      return run(exercise, { ...base, dosage: { holdSeconds } }, '');
    };
    const message = 'dosage.holdSeconds: expected a positive integer or { min, max } with min < max';
    expect(hold(20)).to.deep.equal([]);
    expect(hold({ min: 20, max: 30 })).to.deep.equal([]);
    for (const bad of [
      { min: 30, max: 30 },
      { min: 40, max: 30 },
      { min: 0, max: 30 },
      { min: 20 },
      { max: 30 },
      { min: 20, max: 30, x: 1 },
      0,
    ]) {
      expect(hold(bad), JSON.stringify(bad)).to.deep.equal([message]);
    }
  });

  it('an exercise holds to its limits: name length, step and stop-if counts, at least one reference', () => {
    const base = {
      id: 'e',
      name: 'N',
      goal: 'mobility',
      startingPosition: 'S',
      steps: ['s'],
      dosage: {},
      stopIf: ['p'],
      references: ['r'],
    };
    expect(run(exercise, base, '')).to.deep.equal([]);
    expect(run(exercise, { ...base, name: 'n'.repeat(201) }, '')).to.deep.equal(['name: expected at most 200 characters']);
    expect(run(exercise, { ...base, steps: new Array(31).fill('s') }, '')).to.deep.equal(['steps: expected at most 30 items']);
    expect(run(exercise, { ...base, stopIf: [] }, '')).to.deep.equal(['stopIf: expected at least 1 item(s)']);
    expect(run(exercise, { ...base, references: [] }, '')).to.deep.equal(['references: expected at least 1 item(s)']);
    expect(run(exercise, { ...base, dosage: { frequency: { times: 2, per: 'month' } } }, '')).to.deep.equal([
      'dosage.frequency.per: expected one of "day", "week"',
    ]);
    const media = {
      video: 'https://v.example/v.mp4',
      captions: { src: 'https://v.example/c.vtt', srclang: 'en', label: 'English' },
      description: 'D',
    };
    expect(run(exercise, { ...base, media }, '')).to.deep.equal([]);
    expect(run(exercise, { ...base, media: { ...media, poster: 'https://v.example/p.jpg' } }, '')).to.deep.equal([]);
    expect(run(exercise, { ...base, media: { ...media, poster: 'mailto:a@b.example' } }, '')).to.deep.equal([
      'media.poster: URL scheme "mailto:" is not allowed in "mailto:a@b.example"',
    ]);
    expect(run(exercise, { ...base, media: { ...media, captions: { ...media.captions, srclang: 'x'.repeat(36) } } }, '')).to.deep.equal([
      'media.captions.srclang: expected at most 35 characters',
    ]);
    expect(run(exercise, { ...base, media: { ...media, captions: { ...media.captions, label: 'x'.repeat(101) } } }, '')).to.deep.equal([
      'media.captions.label: expected at most 100 characters',
    ]);
  });
});
