import { property } from 'lit/decorators.js';
import type { LimberElement } from './limber-element.js';
import { topicOfCode } from '../content/code-loader.js';

/** A class whose instances are `T` (abstract ones too), as mixins take them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript requires `any[]` for a mixin's constructor arguments
export type ElementClass<T> = abstract new (...args: any[]) => T;

/** What `withTopic` adds: the `topic` and `code` attributes, and the topic they ask for. */
export declare abstract class TopicAttributes {
  topic?: string;
  code?: string;
  protected topicWanted(): string | null | undefined;
}

const isSet = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/**
 * Adds the `topic` and `code` attributes, written once for every element that shows one topic's
 * content (the article, lists, sections, the care card, the call to action, the disclaimer, the
 * citations), and `topicWanted()`, the topic they ask for.
 */
export function withTopic<B extends ElementClass<LimberElement>>(base: B): ElementClass<TopicAttributes> & B {
  /**
   * @fires {CustomEvent<CodeResolvedDetail>} limber-code-resolved - When `code` has found its
   * topic: `{ system, code, topic }`, the code as Limber read it. Once per code; nothing about the reader.
   */
  abstract class TopicElement extends base {
    /**
     * Id of the topic, e.g. `pinched-nerve-low-back`. Where an element can do without it (the
     * care card, the call to action, the disclaimer), unset means the catalog's first topic.
     */
    @property({ reflect: true })
    topic?: string;

    /**
     * A diagnosis code, `<system>:<code>`, that finds the topic instead of `topic`: ICD-10-CM
     * (`icd10cm:M54.16`, the dot optional) or SNOMED CT (`snomed:23056005`), the system in any
     * case. The exact code first, then the codes above it that a topic answers with all below
     * them. A code no topic answers shows nothing, warns once and fires `limber-problem-found`;
     * a found one fires `limber-code-resolved`. `topic`, when set too, wins.
     */
    @property({ reflect: true })
    code?: string;

    /**
     * The topic id to show: `topic`; else the one `code` finds (null while the codes load, or
     * when no topic answers it: then nothing shows); else the provider's (its own `code`).
     */
    /**
     * A pre-rendered element that names its `topic` needs only that topic before it hydrates;
     * one found by `code` or given by the provider, every one (neither is known yet).
     */
    protected override builtInTopics(): readonly string[] | undefined {
      return isSet(this.topic) ? [this.topic] : undefined;
    }

    protected topicWanted(): string | null | undefined {
      if (isSet(this.topic)) return this.topic;
      if (!isSet(this.code)) return this.settings.topic;
      return topicOfCode(
        this,
        this.code,
        (message) => this.problems.report(message),
        (load) => this.loading.load('codes', load, 'the diagnosis codes'),
      );
    }
  }
  // Lit's mixin pattern: the declared class carries the protected method to subclasses' types.
  return TopicElement as unknown as ElementClass<TopicAttributes> & B;
}
