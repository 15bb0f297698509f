/** The code lookup (`code-lookup.ts`), fetched on first need and then held for the page. */
import type * as lookup from './code-lookup.js';

type CodeLookup = typeof lookup;

let loaded: CodeLookup | undefined;

/** The code lookup, or undefined until `loadCodeLookup` has fetched it. */
export function loadedCodeLookup(): CodeLookup | undefined {
  return loaded;
}

/** Fetches the code lookup (once per page); resolves when `loadedCodeLookup` has it. */
export function loadCodeLookup(): Promise<void> {
  return import('./code-lookup.js').then((module) => {
    loaded = module;
  });
}
