/**
 * Limber's public API without the validator and the built-in words: what `limber.js` exports too
 * (it fetches the validator only when an element gets `data` or a provider a `catalog`, and each
 * language's topics when an element first needs them: `loadBuiltInCatalog`). `index.ts` adds the
 * validator and `defaultCatalog`. Importing this module registers nothing; import a `define` entry for that.
 */
export { LimberElement, type LimberProblemDetail } from './element/limber-element.js';
export { LimberHeadedElement } from './element/headed-element.js';
export type { DisclaimerDismissDetail, DisclaimerVariant } from './components/disclaimer/disclaimer.js';
export type { CtaClickDetail } from './components/cta/cta.js';
export type { ContentUpdateDetail } from './components/provider/provider.js';
export { limberContext, defaultSettings, type LimberSettings } from './element/settings.js';
export { LIMBER_MODES, REGIONS, type LimberMode, type Region } from './model/settings.js';
export {
  CARE_LEVELS,
  DISCLAIMER_KINDS,
  EXERCISE_GOALS,
  FREQUENCY_PERIODS,
  PERSON_ROLES,
  PROVENANCES,
  REFERENCE_TYPES,
  REVIEW_SCOPES,
  TIP_KINDS,
} from './model/index.js';
export { builtInCatalog, loadBuiltInCatalog, provideBuiltInTopics } from './content/built-in.js';
export type { Messages } from './i18n/messages.js';
export { provideMessages } from './i18n/registry.js';
export { findExercise, findTopic, exercisesOf, type Catalog } from './content/catalog.js';
export { parseRichText, type RichNode, type ParsedRichText } from './content/rich-text.js';
export { formatReference, referenceToPlain, type ApaSegment } from './content/apa.js';
export { checkUrl, type UrlCheck, type UrlUse } from './content/urls.js';
export { defineElement } from './element/define.js';
// Every element class, `LIMBER_ELEMENTS` and `defineAllIn`: from the list of elements
// (src/define-all.ts, written by `npm run generate`).
export * from './define-all.js';
export type * from './model/index.js';
