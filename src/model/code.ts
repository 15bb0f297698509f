import type { IsoDate } from './common.js';

/** The code systems a topic can be found by: ICD-10-CM (US diagnoses) and SNOMED CT. */
export const CODE_SYSTEMS = ['icd10cm', 'snomed'] as const;
/** A code system, as a host names it in `code="<system>:<code>"` (any case). */
export type CodeSystem = (typeof CODE_SYSTEMS)[number];

/** A diagnosis code as a host gives it, read and normalised: `M54.16`, `23056005`. */
export interface DiagnosisCode {
  readonly system: CodeSystem;
  /** ICD-10-CM with its dot and in capitals (`M54.16`); SNOMED CT as its digits. */
  readonly code: string;
}

/**
 * A code a topic answers, as its reviewers recorded it: the code, its publisher's words for it,
 * whether the topic also answers the codes below it (ICD-10-CM only: `M54.3` with descendants
 * answers `M54.31`), who mapped it to the topic and when, and the publisher's page it was read on.
 */
export interface TopicCode extends DiagnosisCode {
  /** The code's title as its publisher gives it. */
  readonly display: string;
  readonly descendants: boolean;
  readonly mapped: { readonly by: string; readonly date: IsoDate };
  /** The page of the code's publisher the code and its title were read on, and when. */
  readonly verified: { readonly url: string; readonly date: IsoDate };
}
