import type { Reference, ReferenceRecord } from '../src/model/index.js';

/**
 * The medicine-safety references every topic that names an anti-inflammatory cites (ibuprofen and
 * naproxen: who should ask first; not in pregnancy from 20 weeks), written once: each topic lists
 * them among its own references and records, in its own order. Read on the publishers' pages on
 * 2026-12-01 and again on 2026-12-07.
 */
export const arthritisSocietyNsaids = {
  id: 'arthritis-society-nsaids',
  type: 'webpage',
  author: [{ literal: 'Arthritis Society Canada' }],
  title: 'Non-steroidal anti-inflammatory drugs (NSAIDs)',
  URL: 'https://arthritis.ca/Treatment/Medication/Medication-Reference-Guide/Medications/Non-Steroidal-Anti-inflammatory-Drugs-(NSAIDs)',
  accessed: { 'date-parts': [[2026, 12, 1]] },
  provenance: 'added',
} as const satisfies Reference;

export const fdaNsaidsPregnancy = {
  id: 'fda-nsaids-pregnancy',
  type: 'webpage',
  author: [{ literal: 'U.S. Food and Drug Administration' }],
  issued: { 'date-parts': [[2020, 10, 15]] },
  title: 'FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid',
  URL: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic',
  accessed: { 'date-parts': [[2026, 12, 1]] },
  provenance: 'added',
} as const satisfies Reference;

/** For reviewers, never shipped: what their publishers allow and how Limber uses them. */
export const medicineRecords = {
  'arthritis-society-nsaids': {
    terms: {
      licence: 'copyright',
      detail:
        'All rights reserved; the publisher’s terms were not read here. Limber restates facts in its own words and copies none of the text. Kept because no US federal page read here says the same of ibuprofen and naproxen.',
      use: ['facts-restated'],
    },
  },
  'fda-nsaids-pregnancy': {
    note: 'FDA Drug Safety Communication; the page was last updated on 1 September 2022.',
    terms: {
      licence: 'public-domain',
      detail: 'A work of the U.S. federal government, in the public domain in the United States (17 U.S.C. § 105).',
      use: ['facts-restated'],
    },
  },
} as const satisfies Readonly<Record<string, ReferenceRecord>>;
