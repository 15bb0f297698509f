/** Value types shared by every part of the content model. */

/**
 * Inline rich text: plain words with `*emphasis*`, `[label](url)` links and `[^reference-id]`
 * citation markers. Never HTML; see `rich-text.ts`.
 */
export type RichText = string;

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** A URL string; it must pass the URL policy in `urls.ts` before it is rendered. */
export type Url = string;

/** Where an item's facts come from: the topic's source article, or a reference it cites. */
export const PROVENANCES = ['source-article', 'added'] as const;
export type Provenance = (typeof PROVENANCES)[number];
