/** The code lookup (`code-lookup.ts`), fetched on first need and then held for the page. */
import { fetchedOnce } from './fetched-once.js';

const [loadCodeLookup, codeLookup] = fetchedOnce(() => import('./code-lookup.js'));

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
  const loaded = codeLookup();
  if (!loaded) {
    fetch(loadCodeLookup);
    return null;
  }
  return loaded.topicOfCode(host, code, report);
}
