import { defineElement } from '../../element/define.js';
import '../cite/define.js';
import { LimberCauses } from './causes.js';

export { LimberCauses };

defineElement('limber-causes', LimberCauses);

declare global {
  interface HTMLElementTagNameMap {
    'limber-causes': LimberCauses;
  }
}
