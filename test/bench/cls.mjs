// Layout shift and first paint on the CMS page (examples/cms), loaded in a tall viewport so no
// shift hides below the fold: Limber rendered on the client with its script 1 s late, the page's
// static twin, and the pre-rendered page hydrated by a script 1 s late. The pre-rendered page is
// also watched for DOM changes while it hydrates: there must be none.

import { INSTRUMENT as PAGE_INSTRUMENT, waitForLimberRendered } from '../integration/support/page.mjs';

/** Installed before any page script: layout shift and CSP (the integration suites' one capture), and mutations once parsed. */
const INSTRUMENT = `${PAGE_INSTRUMENT}
  window.__mutations = { structure: 0, attributes: [] };
  document.addEventListener('DOMContentLoaded', () => {
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') window.__mutations.attributes.push(r.attributeName);
        else window.__mutations.structure += 1;
      }
    });
    const watch = (root) => {
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) watch(el.shadowRoot);
    };
    watch(document);
  });
`;

async function loadOnce(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 8000 });
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    if (['error', 'warn', 'warning'].includes(m.type())) problems.push(m.text());
  });
  await page.evaluateOnNewDocument(INSTRUMENT);
  await page.goto(url, { waitUntil: 'load' });
  // Until every element that has a definition has rendered (or hydrated), then a settle time.
  await waitForLimberRendered(page, { timeout: 20_000 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const result = await page.evaluate(() => ({
    cls: window.__cls,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    violations: window.__violations.length,
    mutations: window.__mutations,
    hydrated: customElements.get('limber-article') !== undefined,
  }));
  await page.close();
  return { ...result, problems };
}

export const CLS_PAGES = {
  'client (script 1 s late, blocking="render")': '?delay=1000',
  'static twin (pre-rendered HTML, no script)': '?prerendered=static',
  'pre-rendered + hydrate (script 1 s late, async)': '?prerendered=hydrate&delay=1000',
  'control: client, script 1 s late, async': '?async=1&delay=1000',
};

/** Loads each page `runs` times; returns the samples per page. */
export async function layoutShiftBenchmark(browser, base, { runs }) {
  const results = Object.fromEntries(Object.keys(CLS_PAGES).map((name) => [name, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const [name, query] of Object.entries(CLS_PAGES))
      results[name].push(await loadOnce(browser, `${base}/examples/cms/index.html${query}`));
  }
  return results;
}
