import { defineElement } from '../../element/define.js';
import '../cite/define.js';
import { LimberExpertCard } from './expert-card.js';

export { LimberExpertCard };

defineElement('limber-expert-card', LimberExpertCard);

declare global {
  interface HTMLElementTagNameMap {
    'limber-expert-card': LimberExpertCard;
  }
}
