/**
 * A red-flag checklist: the warning signs a named set of sources gives for a family of conditions,
 * each in its source's own words and at the level its source puts it, and which one care sign of
 * the family's topics gives each its one instruction (or why none does). Kept beside the content,
 * for reviewers; nothing shipped reads it. `scripts/content-rules/checklist.ts` holds each topic to it.
 */
import type { CareLevel } from '../../src/model/index.js';

/** A page a checklist reads its signs from. */
export interface ChecklistSource {
  /** The topic's reference id where the topic cites the page; otherwise an id of its own. */
  readonly id: string;
  readonly publisher: string;
  readonly title: string;
  readonly url: string;
  /** Where and when it was read, and by whom where that was not this checklist's author. */
  readonly read: string;
  /** What the page says to do, in its own words, at each level it uses (mapped to Limber's three). */
  readonly actions: Partial<Readonly<Record<CareLevel, string>>>;
}

interface EntryBase {
  readonly id: string;
  /** The `ChecklistSource` it comes from. */
  readonly source: string;
  /** The sign in its source's own words (a part of a longer line is marked with "…"). */
  readonly words: string;
  /** Where the source puts it, on Limber's three levels (`actions` says in the source's words). */
  readonly sourceLevel: CareLevel;
}

/** Mapped: the one care sign (its `concept`) that gives this sign its instruction. */
export interface MappedEntry extends EntryBase {
  readonly sign: string;
  /** Why the care sign sits at another level than the source's, for a clinician to accept or reject. */
  readonly levelNote?: string;
}

/** Excluded: no care sign gives it, and why, in words a clinician can accept or reject. */
export interface ExcludedEntry extends EntryBase {
  readonly excluded: string;
}

export type ChecklistEntry = MappedEntry | ExcludedEntry;

/**
 * A symptom a passage outside the care advice may mention, and where its one instruction lives:
 * in the care advice (the passage then points to *When to get help*), or in a treatment's evidence
 * note (the passage points to that treatment by its name). `mentions`: per language, the patterns
 * that all match a passage (read in plain words) that mentions the symptom.
 */
export interface InstructionHome {
  readonly id: string;
  /** The symptom, for a reviewer: "pain that started after an injury". */
  readonly what: string;
  readonly home: { readonly care: true } | { readonly treatment: string };
  readonly mentions: Readonly<Record<string, readonly RegExp[]>>;
}

/** A family's checklist. */
export interface RedFlagChecklist {
  /** The family, e.g. `low-back`. */
  readonly family: string;
  readonly title: string;
  /** The topics of the family: each has care advice this checklist holds. */
  readonly topics: readonly string[];
  /** The named source set, and what of it could not be read on its publisher's page. */
  readonly sourceSet: string;
  readonly sources: readonly ChecklistSource[];
  readonly entries: readonly ChecklistEntry[];
  readonly instructions: readonly InstructionHome[];
}

/** Whether an entry is mapped to a care sign. */
export function isMapped(entry: ChecklistEntry): entry is MappedEntry {
  return 'sign' in entry;
}
