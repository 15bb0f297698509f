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

/**
 * What a publisher allows: its work is in the public domain (a US federal page), under an open
 * licence (named in `detail`), or under copyright, when Limber restates its facts in its own words
 * and quotes only what a source article puts in quotation marks.
 */
export const LICENCES = ['public-domain', 'open-licence', 'copyright'] as const;
export type Licence = (typeof LICENCES)[number];

/**
 * How Limber uses a source: its facts in Limber's own words, its words quoted, its words
 * translated, or only listed (a source article's own reference, kept as the article prints it,
 * on which nothing Limber wrote rests).
 */
export const SOURCE_USES = ['facts-restated', 'quoted', 'translated', 'listed'] as const;
export type SourceUse = (typeof SOURCE_USES)[number];

/**
 * What reviewers keep about a reference and readers never see: its publisher's terms and how
 * Limber uses it, and the detail of how it was read. Kept beside a topic's references
 * (`records` in `content/<topic>/references.ts`), never in the shipped topic.
 */
export interface ReferenceRecord {
  readonly terms: SourceTerms;
  readonly note?: string;
}

/** A topic's records for reviewers: the source article's terms, and each reference's record by id. */
export interface TopicRecords {
  readonly source: { readonly terms: SourceTerms };
  readonly references: Readonly<Record<string, ReferenceRecord>>;
}

/** A source's terms on record: what its publisher allows, and how Limber uses it. */
export interface SourceTerms {
  readonly licence: Licence;
  /** The licence or the terms in a few words, and where they were read (or why they are known). */
  readonly detail: string;
  readonly use: readonly SourceUse[];
}

/**
 * What readers are told about how a reference was read, after the reference: at an older address
 * of the same page, in an earlier copy on the publisher's own server, in a copy its publisher
 * licensed to another site, not read at all (a source article's own reference Limber could not
 * find), or read with some details (issue, DOI) unverified. Said in the page's language.
 */
export const READER_NOTES = ['older-address', 'earlier-copy', 'licensed-copy', 'not-read', 'details-unverified'] as const;
export type ReaderNote = (typeof READER_NOTES)[number];

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
  /** For reviewers: what is known to be missing or unverified, in detail; never shown (readers see `readerNote`). */
  readonly note?: string;
  /** What readers are told about how it was read, where that matters (see `READER_NOTES`). */
  readonly readerNote?: ReaderNote;
  /** BCP 47 language it was published in, where it differs from the topic's source language. */
  readonly language?: string;
  readonly provenance: Provenance;
}
