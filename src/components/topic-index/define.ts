import { defineElement } from '../../element/define.js';
import { LimberTopicIndex } from './topic-index.js';

export { LimberTopicIndex };

defineElement('limber-topic-index', LimberTopicIndex);

declare global {
  interface HTMLElementTagNameMap {
    'limber-topic-index': LimberTopicIndex;
  }
}
