import type { TopicCode } from '../../src/model/index.js';

/** Who mapped the codes to this topic, and when: Limber's curators, not a clinician or a coder. */
const mapped = { by: 'Limber curators (not a clinician or a certified coder)', date: '2026-12-07' } as const;

/**
 * Where each code's title was read on 2026-12-07. The codes' publishers (CDC's National Center for
 * Health Statistics and CMS for ICD-10-CM, SNOMED International for SNOMED CT) publish them as
 * downloadable files and a browser behind a licence page, which this project's tools could not
 * open; the titles were read on the third-party pages below and are held as not yet verified on
 * the publisher's page (`verification.publisher: false`). The review sheet lists them for a
 * reviewer to check against the FY 2026 code files (https://www.cms.gov/medicare/coding-billing/icd-10-codes).
 */
const read = (url: string) => ({ url, date: '2026-12-07', publisher: false }) as const;

/**
 * The diagnosis codes this topic answers: a pinched nerve in the low back, with pain down the leg
 * (sciatica) or a nerve root named as pinched (radiculopathy). Low back pain alone (ICD-10-CM
 * M54.5 and below) is deliberately absent: this topic is about the nerve, not every back pain.
 */
export const codes = [
  {
    system: 'icd10cm',
    code: 'M54.16',
    display: 'Radiculopathy, lumbar region',
    descendants: false,
    mapped,
    verification: read('https://www.tebra.com/theintake/icd-code-glossary/icd-10-code-m54-16'),
  },
  {
    system: 'icd10cm',
    code: 'M54.17',
    display: 'Radiculopathy, lumbosacral region',
    descendants: false,
    mapped,
    verification: read('https://www.sprypt.com/icd-codes/m54-16'),
  },
  {
    system: 'icd10cm',
    code: 'M54.3',
    display: 'Sciatica',
    descendants: true,
    mapped,
    verification: read('https://littleden.blog/icd10/code/m54.3/'),
  },
  {
    system: 'icd10cm',
    code: 'M54.4',
    display: 'Lumbago with sciatica',
    descendants: true,
    mapped,
    verification: read('https://www.americanmedicalcoding.com/sciatica-icd-10-codes/'),
  },
  {
    system: 'icd10cm',
    code: 'M51.16',
    display: 'Intervertebral disc disorders with radiculopathy, lumbar region',
    descendants: false,
    mapped,
    verification: read('https://genhealth.ai/code/icd10cm/M51.16-intervertebral-disc-disorders-with-radiculopathy-lumbar-region'),
  },
  {
    system: 'icd10cm',
    code: 'M51.17',
    display: 'Intervertebral disc disorders with radiculopathy, lumbosacral region',
    descendants: false,
    mapped,
    verification: read('https://www.sprypt.com/musculoskeletal-icd-10-codes/m51-17-lumbar-disc-disorders'),
  },
  {
    system: 'snomed',
    code: '23056005',
    display: 'Sciatica (disorder)',
    descendants: false,
    mapped,
    verification: {
      date: '2026-12-07',
      publisher: false,
      note: "SNOMED International's browser sits behind a licence page these tools cannot pass, and no page read here lists this concept; its Verhoeff check digit holds. A reviewer with the browser confirms the concept and its title.",
    },
  },
] as const satisfies readonly TopicCode[];
