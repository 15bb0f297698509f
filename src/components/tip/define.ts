import { defineElement } from '../../element/define.js';
import '../cite/define.js';
import { LimberTip } from './tip.js';

export { LimberTip };

defineElement('limber-tip', LimberTip);

declare global {
  interface HTMLElementTagNameMap {
    'limber-tip': LimberTip;
  }
}
