/**
 * The paces the guided mode can open with (`guided-pace`), listed once: the card checks the
 * attribute against them without loading the guided mode, which gives each its timing.
 */
export const GUIDED_PACES = ['hands-free', 'slow', 'press'] as const;
export type GuidedPace = (typeof GUIDED_PACES)[number];
