import type { SignOff } from '../../src/model/index.js';

/** Clinical and translation sign-offs of this topic, per language. None yet: no clinician has reviewed it. */
export const signOffs: Readonly<Record<string, readonly SignOff[]>> = { en: [], es: [] };
