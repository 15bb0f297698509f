/**
 * `limber-elements/built-in-content.js`: registers the built-in content up front, so elements
 * given built-in ids render in one pass instead of fetching it on first use. `limber.js`
 * includes it; a portal that uses built-in ids with per-element modules imports it beside them,
 * and one that brings its own data or catalog leaves it out (and never downloads the words).
 */
import { provideBuiltInCatalog } from './built-in.js';
import { defaultCatalog } from './default-catalog.js';

provideBuiltInCatalog(defaultCatalog);
