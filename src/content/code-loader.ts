/** The code lookup (`code-lookup.ts`), fetched on first need and then held for the page. */
import type * as lookup from './code-lookup.js';

type CodeLookup = typeof lookup;

let loaded: CodeLookup | undefined;

/** Fetches the code lookup (once per page); resolves when it is held. */
function loadCodeLookup(): Promise<void> {
  return import('./code-lookup.js').then((module) => {
    loaded = module;
  });
}

/**
 * The topic id `code` finds for `host` (an element or the provider; see `code-lookup.ts`), or null
 * while the lookup is on its way (`fetch` is handed the load to start and track, once per host as
 * the host arranges) or when no topic answers the code (`report` is told why).
 */
export function topicOfCode(
  host: HTMLElement,
  code: string,
  report: (message: string) => void,
  fetch: (load: () => Promise<void>) => void,
): string | null {
  if (!loaded) {
    fetch(loadCodeLookup);
    return null;
  }
  return loaded.topicOfCode(host, code, report);
}
