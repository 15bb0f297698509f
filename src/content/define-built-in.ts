/**
 * `limber-elements/built-in-content.js`: registers the built-in English content up front, so
 * elements given built-in ids render in one pass instead of fetching it on first use. `limber.js`
 * includes it; a portal that uses built-in ids with per-element modules imports it beside them,
 * and one that brings its own data or catalog leaves it out (and never downloads the words).
 * Other languages are fetched when an element first renders in them.
 */
import { provideBuiltInTopics } from './built-in.js';
import { defaultCatalog } from './default-catalog.js';

provideBuiltInTopics('en', defaultCatalog.topics);
