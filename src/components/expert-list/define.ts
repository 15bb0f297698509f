import { defineElement } from '../../element/define.js';
import '../expert-card/define.js';
import { LimberExpertList } from './expert-list.js';

export { LimberExpertList };

defineElement('limber-expert-list', LimberExpertList);

declare global {
  interface HTMLElementTagNameMap {
    'limber-expert-list': LimberExpertList;
  }
}
