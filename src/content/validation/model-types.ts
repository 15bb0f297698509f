/**
 * Compile-time proof that each schema's type is the content model's, field for field: a field the
 * model has and a schema lacks, an optional field the schema requires, or an enumeration that
 * differs stops `npm run typecheck`. Types only: nothing here reaches a bundle.
 */
import type { CareAdvice, ContentPackage, Disclaimer, Exercise, ExerciseFigure, Person, Tip, Topic } from '../../model/index.js';
import type { Infer } from './check.js';
import type { exercise } from './exercise-schema.js';
import type { figure } from './figure-schema.js';
import type { contentPackage } from './package-schema.js';
import type { topicSchemas } from './topic-schemas.js';

/** `T` with every object flattened and every field and list read-only, so only the shape counts. */
type Normal<T> = T extends readonly (infer U)[] ? readonly Normal<U>[] : T extends object ? { readonly [K in keyof T]: Normal<T[K]> } : T;

/** True only when `A` and `B` are the same type (not merely assignable either way). */
type Same<A, B> = (<X>() => X extends Normal<A> ? 1 : 2) extends <X>() => X extends Normal<B> ? 1 : 2 ? true : false;

type Holds<T extends true> = T;
type Schemas = ReturnType<typeof topicSchemas>;

export type Proofs = [
  Holds<Same<Infer<Schemas['topic']>, Topic>>,
  Holds<Same<Infer<Schemas['person']>, Person>>,
  Holds<Same<Infer<Schemas['tip']>, Tip>>,
  Holds<Same<Infer<Schemas['careAdvice']>, CareAdvice>>,
  Holds<Same<Infer<Schemas['disclaimer']>, Disclaimer>>,
  Holds<Same<Infer<typeof exercise>, Exercise>>,
  Holds<Same<Infer<typeof figure>, ExerciseFigure>>,
  Holds<Same<Infer<ReturnType<typeof contentPackage>>, ContentPackage>>,
];
