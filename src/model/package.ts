import type { IsoDate } from './common.js';
import type { Topic } from './topic.js';

/** One release of a content package, in words for readers: "Emergency signs corrected". */
export interface ContentChange {
  /** The package version this change shipped in, e.g. `1.1.0`. */
  readonly version: string;
  readonly date: IsoDate;
  /** What changed for readers, in the topic's language; never commit noise. */
  readonly summary: string;
}

/**
 * One topic in one locale as a versioned JSON file (`dist/content/<topic>/<locale>.json`), which a
 * `<limber-provider src>` can load. The version follows semver for readers: major when advice
 * changes meaning, minor when content is added, patch for wording and fixes.
 */
export interface ContentPackage {
  /** Where editors find the JSON Schema, e.g. `../schema.json`; ignored by Limber. */
  readonly $schema?: string;
  /** The content version, e.g. `1.0.0`: the newest change's. */
  readonly version: string;
  /** The changes, newest first; the first is this version's. */
  readonly changes: readonly ContentChange[];
  readonly topic: Topic;
  /** How plain the topic's words are, as `npm run check -- content` measured them when the package was built. */
  readonly readability?: PackageReadability;
}

/**
 * Readability of a package's text in its language's formula: `Flesch–Kincaid grade` (English;
 * lower is plainer) or `Szigriszt-Pazos (INFLESZ)` (Spanish; higher is plainer).
 */
export interface PackageReadability {
  readonly formula: string;
  /** The median over the passages judged (ten words or more, not quotes or reference titles). */
  readonly median: number;
  /** Each item's score, by the key sign-offs use (`exercise bridge`, `care emergency`, `topic` for the rest). */
  readonly items: Readonly<Record<string, number>>;
}
