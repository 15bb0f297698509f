/** Limber's public API. Importing this module registers nothing; import a `define` entry for that. */
export * from './api.js';
/** The built-in English topics, for a catalog of your own: `{ topics: [...defaultCatalog.topics, ...yours] }`. */
export { defaultCatalog } from './content/default-catalog.js';
export {
  validateExercise,
  validateTopic,
  validatePerson,
  validateTip,
  validateCareAdvice,
  validateDisclaimer,
  validateContentPackage,
  formatProblem,
  type ValidationResult,
  type ContentProblem,
} from './content/validate.js';
