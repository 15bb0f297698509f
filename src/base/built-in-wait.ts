import type { Catalog } from '../content/catalog.js';
import { builtInCatalog, loadBuiltInCatalog } from '../content/built-in.js';

/**
 * One element's wait for the built-in content, which per-element modules fetch on first use.
 * `catalog()` gives the content in force, or undefined while it loads (and starts the load,
 * once); `arrival` settles when it has arrived or failed, after `rerender` has been asked for.
 */
export class BuiltInWait {
  /** Settles when the built-in content this element waited for has arrived (or failed to). */
  arrival?: Promise<void>;

  constructor(
    private readonly rerender: () => void,
    private readonly report: (message: string) => void,
  ) {}

  /** The provider's catalog if there is one, else the built-in content if loaded. */
  catalog(provided: Catalog | undefined): Catalog | undefined {
    const catalog = provided ?? builtInCatalog();
    if (catalog === undefined) {
      this.arrival ??= loadBuiltInCatalog().then(
        () => this.rerender(),
        (error: unknown) => this.report(`the built-in content could not be loaded (${String(error)})`),
      );
    }
    return catalog;
  }
}
