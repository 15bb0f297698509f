/** Limber's public API. Importing this module registers nothing; import a `define` entry for that. */
export { LimberElement, type LimberProblemDetail } from './base/limber-element.js';
export { LimberExerciseCard } from './components/exercise-card/exercise-card.js';
export { LimberExerciseList } from './components/exercise-list/exercise-list.js';
export { LimberProvider } from './context/provider.js';
export { limberContext, defaultSettings, type LimberMode, type LimberSettings } from './context/context.js';
export { defaultCatalog } from './content/default-catalog.js';
export { findExercise, findTopic, exercisesOf, type Catalog } from './content/catalog.js';
export { validateExercise, validateTopic, formatProblem, type ValidationResult, type ContentProblem } from './content/validate.js';
export { parseRichText, type RichNode, type ParsedRichText } from './content/rich-text.js';
export { checkUrl, type UrlCheck, type UrlUse } from './content/urls.js';
export { defineElement } from './define.js';
export type * from './content/model.js';
