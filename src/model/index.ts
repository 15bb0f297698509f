/**
 * The Limber content model: everything a topic holds, as plain readonly data.
 *
 * Content files in `content/<topic>/<locale>.ts` `satisfies Topic`, so a missing or mistyped
 * field is a compile error. Content that arrives at run time (an element's `data` property, a
 * provider's catalog) is checked by `validate.ts` against the same shapes.
 */
export * from './common.js';
export * from './exercise.js';
export * from './figure.js';
export * from './reference.js';
export * from './topic.js';
export * from './package.js';
export * from './review.js';
export * from './care-option.js';
export * from './code.js';
