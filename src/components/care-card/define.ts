import { defineElement } from '../../element/define.js';
import '../cite/define.js';
import { LimberCareCard } from './care-card.js';

export { LimberCareCard };

defineElement('limber-care-card', LimberCareCard);

declare global {
  interface HTMLElementTagNameMap {
    'limber-care-card': LimberCareCard;
  }
}
