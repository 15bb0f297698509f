import { defineElement } from '../../element/define.js';
import { LimberCite } from './cite.js';

export { LimberCite };

defineElement('limber-cite', LimberCite);

declare global {
  interface HTMLElementTagNameMap {
    'limber-cite': LimberCite;
  }
}
