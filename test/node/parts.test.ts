// CSS parts are public API (hosts style them, tests find things by them). Every part a template
// names is documented with `@csspart` on an element, and every part a test or story selects is one
// the templates name: a renamed part fails here, not silently in an absence check that still passes.
import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file));
const read = (files: string[]): string => files.map((file) => readFileSync(file, 'utf8')).join('\n');

const source = read(filesUnder('src'));
/** Part names written in templates (`part="a b"`; a part given by a renderer's argument is named where it is passed). */
const templated = new Set([...source.matchAll(/\bpart="([a-z -]+)"/g)].flatMap((match) => (match[1] ?? '').split(' ').filter(Boolean)));
const passed = new Set([...source.matchAll(/(?:renderSection|renderHeading)\([^)]*?'([a-z-]+)'/g)].map((match) => match[1] ?? ''));
const documented = new Set([...source.matchAll(/@csspart ([a-z-]+)/g)].map((match) => match[1] ?? ''));

describe('CSS parts', () => {
  it('every part a template names is documented with @csspart', () => {
    expect(templated.size).to.be.greaterThan(40);
    expect([...templated].filter((name) => !documented.has(name)).sort()).to.deep.equal([]);
  });

  it('every part a test or story selects is one the elements document', () => {
    const tests = read([...filesUnder('test'), ...filesUnder('stories')].filter((file) => !file.endsWith('parts.test.ts')));
    const selected = new Set([...tests.matchAll(/\[part~?=\\?["']([a-z-]+)\\?["']\]/g)].map((match) => match[1] ?? ''));
    expect(selected.size).to.be.greaterThan(30);
    expect([...selected].filter((name) => !documented.has(name) && !templated.has(name) && !passed.has(name)).sort()).to.deep.equal([]);
  });
});
