import type { TopicCode } from '../../src/model/index.js';

/** Who mapped the codes to this topic, and when: Limber's curators, not a clinician or a coder. */
const mapped = { by: 'Limber curators (not a clinician or a certified coder)', date: '2026-12-07' } as const;

/**
 * The diagnosis codes this topic answers: osteoarthritis of the knee, any kind and either side.
 * ICD-10-CM's category M17 "Osteoarthritis of knee" covers it whole (M17.0 to M17.9: primary,
 * post-traumatic and other secondary, one knee or both), so the category is listed once with its
 * descendants and `code="icd10cm:M17.11"` finds it through its parent. Arthritis of the knee of
 * another kind (rheumatoid, gout, infection) is deliberately absent: this topic's advice is for
 * osteoarthritis. As for the first topic, the codes' publishers could not be read here (CMS's and
 * CDC's code files are downloads, SNOMED International's browser sits behind a licence page), so
 * each title was read on the page below and is held as not yet verified on the publisher's page;
 * the review sheet lists them for a reviewer to check against the FY 2026 code files.
 */
export const codes = [
  {
    system: 'icd10cm',
    code: 'M17',
    display: 'Osteoarthritis of knee',
    descendants: true,
    mapped,
    verification: {
      url: 'https://www.sprypt.com/musculoskeletal-icd-10-codes/m1711-unilateral-primary-osteoarthritis-right-knee',
      date: '2026-12-07',
      publisher: false,
      note: 'The page gives M17.11 "Unilateral primary osteoarthritis, right knee" under the category knee osteoarthritis, with M17.0 and M17.10 to M17.12 beside it. The category title is as the FY 2026 tabular list gives it; a reviewer confirms it there.',
    },
  },
  {
    system: 'snomed',
    code: '239873007',
    display: 'Osteoarthritis of knee (disorder)',
    descendants: false,
    mapped,
    verification: {
      date: '2026-12-07',
      publisher: false,
      note: "SNOMED International's browser sits behind a licence page these tools cannot pass, and no page read here lists this concept; its Verhoeff check digit holds. A reviewer with the browser confirms the concept and its title.",
    },
  },
] as const satisfies readonly TopicCode[];
