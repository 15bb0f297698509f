/**
 * Limber's public API without the validator: what `limber.js` exports too (it fetches the
 * validator only when an element gets `data` or a provider a `catalog`). `index.ts` adds the
 * validator. Importing this module registers nothing; import a `define` entry for that.
 */
export { LimberElement, type LimberProblemDetail } from './element/limber-element.js';
export { LimberHeadedElement } from './element/headed-element.js';
export type { DisclaimerDismissDetail, DisclaimerVariant } from './components/disclaimer/disclaimer.js';
export type { CtaClickDetail } from './components/cta/cta.js';
export type { ContentUpdateDetail } from './components/provider/provider.js';
// elements:start (npm run sync:elements)
export { LimberProvider } from './components/provider/provider.js';
export { LimberArticle } from './components/article/article.js';
export { LimberExerciseCard } from './components/exercise-card/exercise-card.js';
export { LimberExerciseList } from './components/exercise-list/exercise-list.js';
export { LimberCauses } from './components/causes/causes.js';
export { LimberTreatmentList } from './components/treatment-list/treatment-list.js';
export { LimberTip } from './components/tip/tip.js';
export { LimberCareCard } from './components/care-card/care-card.js';
export { LimberExpertCard } from './components/expert-card/expert-card.js';
export { LimberExpertList } from './components/expert-list/expert-list.js';
export { LimberDisclaimer } from './components/disclaimer/disclaimer.js';
export { LimberCta } from './components/cta/cta.js';
export { LimberCitations } from './components/citations/citations.js';
export { LimberCite } from './components/cite/cite.js';
// elements:end
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
export { defaultCatalog } from './content/default-catalog.js';
export { provideBuiltInTopics } from './content/built-in.js';
export type { Messages } from './i18n/messages.js';
export { provideMessages } from './i18n/registry.js';
export { findExercise, findTopic, exercisesOf, type Catalog } from './content/catalog.js';
export { parseRichText, type RichNode, type ParsedRichText } from './content/rich-text.js';
export { formatReference, referenceToPlain, type ApaSegment } from './content/apa.js';
export { checkUrl, type UrlCheck, type UrlUse } from './content/urls.js';
export { defineElement } from './element/define.js';
export { defineAllIn, LIMBER_ELEMENTS } from './define-all.js';
export type * from './model/index.js';
