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
 * Where a code and its title were read, and when. Only a page of the code's publisher (for
 * ICD-10-CM, CDC's National Center for Health Statistics or CMS; for SNOMED CT, SNOMED
 * International) verifies it: `publisher` says whether this one was; a reviewer checks the rest.
 */
export interface CodeVerification {
  /** The page read; absent when no page giving this code could be read. */
  readonly url?: string;
  readonly date: IsoDate;
  readonly publisher: boolean;
  /** For reviewers: why the publisher's page was not the one read, or what else to know. */
  readonly note?: string;
}

/**
 * A code a topic answers, as its curators recorded it: the code, its publisher's words for it,
 * whether the topic also answers the codes below it (ICD-10-CM only: `M54.3` with descendants
 * answers `M54.31`), who mapped it to the topic and when, and where it was read.
 */
export interface TopicCode extends DiagnosisCode {
  /** The code's title as its publisher gives it. */
  readonly display: string;
  readonly descendants: boolean;
  readonly mapped: { readonly by: string; readonly date: IsoDate };
  readonly verification: CodeVerification;
}

/**
 * `limber-code-resolved`'s detail: the code as Limber read it (system in lower case, ICD-10-CM
 * with its dot) and the topic that answers it. Nothing about the reader.
 */
export interface CodeResolvedDetail extends DiagnosisCode {
  readonly topic: string;
}
