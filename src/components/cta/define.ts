import { defineElement } from '../../element/define.js';
import '../cite/define.js';
import { LimberCta } from './cta.js';

export { LimberCta };

defineElement('limber-cta', LimberCta);

declare global {
  interface HTMLElementTagNameMap {
    'limber-cta': LimberCta;
  }
}
