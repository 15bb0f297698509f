// A built-in topic text as FHIR R4: a DocumentReference (http://hl7.org/fhir/R4/documentreference.html)
// of type LOINC 69730-0 "Instructions", in the text's language, naming the diagnosis codes its
// topic answers and pointing at its content package. `npm run build` writes one per topic and
// language to dist/fhir/<topic>/<locale>.json; test/integration/dist.test.ts validates each
// against FHIR R4's published JSON schema.
import { createHash } from 'node:crypto';

/** FHIR's URIs for the code systems Limber reads (http://hl7.org/fhir/R4/terminologies-systems.html). */
export const FHIR_SYSTEMS = { icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm', snomed: 'http://snomed.info/sct' };

/** A FHIR `instant` for a date: midnight UTC that day. */
const instant = (date) => `${date}T00:00:00Z`;

/**
 * The DocumentReference of one topic text. `json` is its content package as written (its SHA-1 is
 * the attachment's hash); `address` the package's path in the published package, from its root.
 */
export function documentReference(topic, codes, json, address) {
  const updated = topic.dates.updated ?? topic.dates.released ?? topic.dates.published;
  return {
    resourceType: 'DocumentReference',
    id: `limber-${topic.id}-${topic.locale}`.toLowerCase(),
    status: 'current',
    type: { coding: [{ system: 'http://loinc.org', code: '69730-0', display: 'Instructions' }], text: 'Instructions' },
    date: instant(updated),
    author: [{ display: topic.curator ?? 'Limber' }],
    description: topic.title,
    content: [
      {
        attachment: {
          contentType: 'application/json',
          language: topic.locale,
          url: address,
          size: Buffer.byteLength(json),
          hash: createHash('sha1').update(json).digest('base64'),
          title: topic.title,
          ...(topic.dates.released ? { creation: instant(topic.dates.released) } : {}),
        },
      },
    ],
    // R4 has no element for the condition a document is about; its codes go in context.event,
    // "the main clinical concepts" documented, one CodeableConcept per code.
    ...(codes.length > 0
      ? {
          context: {
            event: codes.map(({ system, code, display }) => ({ coding: [{ system: FHIR_SYSTEMS[system], code, display }] })),
          },
        }
      : {}),
  };
}
