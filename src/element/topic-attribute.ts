import { property } from 'lit/decorators.js';
import type { LimberElement } from './limber-element.js';

/** A class whose instances are `T` (abstract ones too), as mixins take them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript requires `any[]` for a mixin's constructor arguments
export type ElementClass<T> = abstract new (...args: any[]) => T;

/**
 * Adds the `topic` attribute, written once for every element that shows one topic's content (the
 * article, lists, sections, the care card, the call to action, the disclaimer, the citations).
 */
export function withTopic<B extends ElementClass<LimberElement>>(base: B): ElementClass<{ topic?: string }> & B {
  abstract class TopicElement extends base {
    /**
     * Id of the topic, e.g. `pinched-nerve-low-back`. Where an element can do without it (the
     * care card, the call to action, the disclaimer), unset means the catalog's first topic.
     */
    @property({ reflect: true })
    topic?: string;
  }
  return TopicElement;
}
