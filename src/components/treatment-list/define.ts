import { defineElement } from '../../element/define.js';
import '../cite/define.js';
import { LimberTreatmentList } from './treatment-list.js';

export { LimberTreatmentList };

defineElement('limber-treatment-list', LimberTreatmentList);

declare global {
  interface HTMLElementTagNameMap {
    'limber-treatment-list': LimberTreatmentList;
  }
}
