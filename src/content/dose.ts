import type { Dosage } from '../model/index.js';

/**
 * Whether a dose gives any number (repetitions, sets, a hold, how often, a rest). Without one, its
 * source gives no amount: the card says so and what to do instead, and offers no guided count.
 */
export function doseGiven(dosage: Dosage): boolean {
  const { reps, sets, holdSeconds, frequency, restSeconds } = dosage;
  return [reps, sets, holdSeconds, frequency, restSeconds].some((value) => value !== undefined);
}
