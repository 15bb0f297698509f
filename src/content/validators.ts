import type * as validate from './validate.js';

/**
 * The validator, fetched the first time something needs it: an element given `data`, a provider
 * given a `catalog`. Pages configured by attributes alone (most CMS pages) never load it.
 */
export type Validators = typeof validate;

let validators: Validators | undefined;
let loading: Promise<void> | undefined;

/** The validator, or undefined while it has not been loaded. */
export function loadedValidators(): Validators | undefined {
  return validators;
}

/** Loads the validator (once per page); resolves when it is there. */
export function loadValidators(): Promise<void> {
  loading ??= import('./validate.js').then((module) => void (validators = module));
  return loading;
}
