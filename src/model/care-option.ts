/** What a host (a health plan, an employer) offers its readers beside the sources' care advice. */
import type { CareLevel } from './topic.js';

/** The kinds of care a host may offer: a nurse line, a video or phone visit, physical therapy, a clinic, other. */
export const CARE_OPTION_KINDS = ['nurse-line', 'telehealth', 'physical-therapy', 'clinic', 'other'] as const;
export type CareOptionKind = (typeof CARE_OPTION_KINDS)[number];

/**
 * The care levels a host's option may serve. Never `emergency`: the emergency advice and its
 * number are Limber's sources' alone, and no host may add to, reorder or hide them.
 */
export const CARE_OPTION_LEVELS = ['non-urgent', 'urgent'] as const satisfies readonly CareLevel[];
export type CareOptionLevel = (typeof CARE_OPTION_LEVELS)[number];

/** One care option of the host's, shown on the care cards of its levels, under the sources' advice. */
export interface CareOption {
  readonly kind: CareOptionKind;
  /** What the reader sees and follows: "Call the 24/7 nurse line: 1-800-555-0100". */
  readonly label: string;
  /** `tel:` or `https:`; the URL policy refuses every other scheme. */
  readonly href: string;
  /** Opening hours, as text: "Every day, 8 am to 8 pm". */
  readonly hours?: string;
  /** Languages spoken, as text: "English, Spanish". */
  readonly languages?: string;
  /** The care levels it serves: `non-urgent`, `urgent` or both. */
  readonly levels: readonly CareOptionLevel[];
}

/** The slot a page's own care options for `level` go in: `care-non-urgent`, `care-urgent`. */
export const careSlot = (level: CareLevel): string => `care-${level}`;
