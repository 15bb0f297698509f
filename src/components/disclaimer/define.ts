import { defineElement } from '../../element/define.js';
import '../cite/define.js';
import { LimberDisclaimer } from './disclaimer.js';

export { LimberDisclaimer };

defineElement('limber-disclaimer', LimberDisclaimer);

declare global {
  interface HTMLElementTagNameMap {
    'limber-disclaimer': LimberDisclaimer;
  }
}
