/**
 * The CDN bundle for pre-rendered pages (`npm run prerender`): Lit's hydration support first,
 * then everything `limber.js` has. Elements whose shadow DOM arrived as declarative shadow DOM
 * are hydrated in place (no DOM change, no layout shift); any others render as usual.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './limber.js';

export * from './api.js';
