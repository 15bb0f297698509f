import { defineElement } from '../../element/define.js';
import { LimberProvider } from './provider.js';

export { LimberProvider };

defineElement('limber-provider', LimberProvider);

declare global {
  interface HTMLElementTagNameMap {
    'limber-provider': LimberProvider;
  }
}
