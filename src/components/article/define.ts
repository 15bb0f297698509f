import { defineElement } from '../../element/define.js';
import '../cite/define.js';
import '../causes/define.js';
import '../treatment-list/define.js';
import '../tip/define.js';
import '../care-card/define.js';
import '../expert-list/define.js';
import '../disclaimer/define.js';
import '../cta/define.js';
import '../citations/define.js';
import '../exercise-list/define.js';
import { LimberArticle } from './article.js';

export { LimberArticle };

defineElement('limber-article', LimberArticle);

declare global {
  interface HTMLElementTagNameMap {
    'limber-article': LimberArticle;
  }
}
