import type { Reference, Topic } from '../model/index.js';
import { citationsIn } from '../content/rich-text.js';
import { sectionStyles } from '../render/styles/section.styles.js';
import { LimberHeadedElement } from './headed-element.js';
import { withTopic } from './topic-attribute.js';
import type { Setting } from './view.js';

/**
 * A section of one topic (causes, treatments): the `topic` attribute, the topic looked up, and the
 * section's own numbered sources, gathered from the citations in `citedTexts()`.
 */
export abstract class LimberTopicSection extends withTopic(LimberHeadedElement) {
  static override styles = [...LimberHeadedElement.styles, sectionStyles];

  /** The topic this render shows, when found. */
  protected source?: Topic;
  /** The section's sources, in order of first citation. */
  protected sources: readonly Reference[] = [];

  /** The section's rich texts, whose citations make its own source list. */
  protected abstract citedTexts(topic: Topic): readonly string[];

  protected override select({ content }: Setting): Topic | undefined {
    this.source = content.topic(this.topicWanted());
    this.sources = this.source ? content.sources(citationsIn(this.citedTexts(this.source))) : [];
    return this.source;
  }
}
