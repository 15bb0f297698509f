import { loadValidators, loadedValidators, type Validators } from '../content/validators.js';
import type { ValidationResult } from '../content/validation/result.js';
import type { LoadController } from './load-controller.js';
import type { ProblemController } from './problem-controller.js';

/** Picks the validator for a shape (`(v) => v.validateTip`). */
export type PickValidator<T> = (validators: Validators) => (value: unknown, path: string) => ValidationResult<T>;

/**
 * Host `data` checked by the validator, which is fetched on first use: undefined while it loads
 * (the element renders when it arrives) or when the data is invalid (reported).
 */
export function validated<T>(
  data: unknown,
  pick: PickValidator<T>,
  loading: LoadController,
  problems: () => ProblemController,
): T | undefined {
  const validators = loadedValidators();
  if (validators) return problems().fromData(data, pick(validators));
  loading.load('validator', loadValidators, 'the content validator');
  return undefined;
}
