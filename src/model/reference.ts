import type { Provenance, Url } from './common.js';

/** A CSL-JSON name: a person's family and given names, or an organisation as a literal. */
export type CslName = { readonly family: string; readonly given?: string } | { readonly literal: string };

/** A CSL-JSON date: `[[year, month?, day?]]`. */
export interface CslDate {
  readonly 'date-parts': readonly [readonly [number, number?, number?]];
}

/** The CSL types Limber formats. */
export const REFERENCE_TYPES = ['article-journal', 'webpage', 'book', 'chapter', 'report'] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

/** A reference, shaped like CSL-JSON so it can be formatted to APA 7. */
export interface Reference {
  readonly id: string;
  readonly type: ReferenceType;
  readonly author?: readonly CslName[];
  readonly issued?: CslDate;
  /** When a work that was later updated first came out: APA adds "(Original work published …)". */
  readonly 'original-date'?: CslDate;
  readonly title: string;
  readonly 'container-title'?: string;
  readonly publisher?: string;
  readonly volume?: string;
  readonly issue?: string;
  readonly page?: string;
  /** A bare DOI such as `10.1097/BRS.0000000000002961`, not a URL. */
  readonly DOI?: string;
  readonly URL?: Url;
  readonly accessed?: CslDate;
  /** What is known to be missing or unverified; never shown as a fact. */
  readonly note?: string;
  /** BCP 47 language it was published in, where it differs from the topic's source language. */
  readonly language?: string;
  readonly provenance: Provenance;
}
