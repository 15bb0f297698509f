/**
 * The Limber content model: everything a topic holds, as plain readonly data.
 *
 * Content files in `content/<topic>/<locale>.ts` `satisfies Topic`, so a missing or mistyped
 * field is a compile error. Content that arrives at run time (an element's `data` property, a
 * provider's catalog) is checked by `validate.ts` against the same shapes.
 */
export * from './model/common.js';
export * from './model/exercise.js';
export * from './model/figure.js';
export * from './model/reference.js';
export * from './model/topic.js';
export * from './model/package.js';
export * from './model/review.js';
