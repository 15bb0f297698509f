import { defineElement } from '../../element/define.js';
import { LimberCitations } from './citations.js';

export { LimberCitations };

defineElement('limber-citations', LimberCitations);

declare global {
  interface HTMLElementTagNameMap {
    'limber-citations': LimberCitations;
  }
}
