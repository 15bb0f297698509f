import { loadBuiltInCatalog } from '../content/built-in.js';

/**
 * An element's wait for the built-in content, which per-element modules fetch on first use:
 * loads it (once per page), then asks for a re-render; a failed load is reported instead.
 * The promise settles after either, so `updateComplete` can wait for it.
 */
export function waitForBuiltIn(rerender: () => void, report: (message: string) => void): Promise<void> {
  return loadBuiltInCatalog().then(
    () => rerender(),
    (error: unknown) => report(`the built-in content could not be loaded (${String(error)})`),
  );
}
