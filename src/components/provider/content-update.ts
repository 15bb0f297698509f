/** `limber-content-update`: a content package from `src` has arrived and is shown. */
export interface ContentUpdateDetail {
  readonly url: string;
  readonly topicId: string;
  readonly locale: string;
  /** The package's content version, e.g. `1.0.0`. */
  readonly version: string;
  /** What changed for readers in this version, in the package's language (its newest change's summary). */
  readonly summary: string;
}
