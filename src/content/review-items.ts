/**
 * The items of a topic that a clinician signs off one by one, by the key `SOURCES.md` and the
 * sign-offs use: each exercise (`exercise bridge`), each care level (`care emergency`), each
 * treatment, each tip, and the causes section (`causes`).
 */
import type { Topic } from '../model/index.js';

export interface ReviewItem {
  readonly key: string;
  /** The data a sign-off's fingerprint is taken of. */
  readonly item: unknown;
}

/** Every reviewable item of a topic text, in the order the article shows them. */
export function reviewItems(topic: Topic): ReviewItem[] {
  return [
    ...topic.careAdvice.map((advice) => ({ key: `care ${advice.level}`, item: advice })),
    { key: 'causes', item: topic.causes },
    ...topic.exercises.items.map((exercise) => ({ key: `exercise ${exercise.id}`, item: exercise })),
    ...topic.treatments.items.map((treatment) => ({ key: `treatment ${treatment.id}`, item: treatment })),
    ...topic.tips.map((tip) => ({ key: `tip ${tip.id}`, item: tip })),
  ];
}
