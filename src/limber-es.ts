/**
 * `limber-es.js`: the Spanish UI words and built-in content for `limber.js`, registered with it.
 * `limber.js` imports this file by itself (a URL relative to itself, so it works from any CDN
 * path) the first time an element renders in Spanish: one script tag is enough. A Spanish CMS
 * page that also lists it, render-blocking, right after `limber.js` is in Spanish from its first
 * paint, with nothing rendering empty and then filling in:
 *
 * ```html
 * <script type="module" src="…/limber.js" blocking="render"></script>
 * <script type="module" src="…/limber-es.js" blocking="render"></script>
 * ```
 */
import { provideBuiltInTopics, provideMessages } from './limber.js';
import { messages } from './i18n/es.js';
import { pinchedNerveLowBackEs } from '../content/pinched-nerve-low-back/es.js';

provideMessages('es', messages);
provideBuiltInTopics('es', [pinchedNerveLowBackEs]);

export { messages, pinchedNerveLowBackEs };
