/**
 * Resolves once every Limber element on the page, through shadow roots, has rendered (or, on a
 * pre-rendered page, hydrated). Elements with no definition, as on a static page, count as done.
 */
export function waitForLimberRendered(page, { timeout = 15_000 } = {}) {
  return page.waitForFunction(
    () => {
      const all = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('limber-')) all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return all.length > 0 && all.every((el) => !customElements.get(el.localName) || el.hasUpdated);
    },
    { timeout },
  );
}
