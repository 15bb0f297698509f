import type { Catalog } from './catalog.js';

/**
 * The built-in content, loaded only when an element first looks something up in it. A portal
 * that sets `data` or hands the provider its own catalog never downloads it; `limber.js` carries
 * it and registers it up front (`provideBuiltInCatalog`), so CMS pages render in one pass.
 */
let builtIn: Catalog | undefined;
let loading: Promise<Catalog> | undefined;

/** The built-in catalog, or undefined while it has not been loaded. */
export function builtInCatalog(): Catalog | undefined {
  return builtIn;
}

/** Loads the built-in catalog (once); resolves when it is there. */
export function loadBuiltInCatalog(): Promise<Catalog> {
  loading ??= import('./default-catalog.js').then(({ defaultCatalog }) => (builtIn = defaultCatalog));
  return loading;
}

/** Registers the built-in catalog synchronously, for bundles that include it anyway. */
export function provideBuiltInCatalog(catalog: Catalog): void {
  builtIn = catalog;
  loading = Promise.resolve(catalog);
}
