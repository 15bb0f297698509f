/** Limber's public API. Importing this module registers nothing; import a `define` entry for that. */
export * from './api.js';
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
