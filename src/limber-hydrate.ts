/**
 * `limber-hydrate.js`, the name pre-rendered snippets have always loaded: `limber.js` itself,
 * which hydrates pre-rendered elements since it carries Lit's hydration support. One module
 * instance, so a page that lists both (a theme's `limber.js`, a snippet's `limber-hydrate.js`)
 * loads Limber and Lit once.
 */
export * from './limber.js';
