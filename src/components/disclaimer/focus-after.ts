/**
 * Where focus goes when the part holding it goes away (a dismissed disclaimer): the next part of the
 * page Tab reaches after it, through shadow roots and slots. Without it, focus falls to the page's
 * start and a keyboard or screen reader user loses their place (WCAG 2.4.3).
 */
const TABBABLE =
  'a[href],button:not(:disabled),input:not(:disabled),select:not(:disabled),textarea:not(:disabled),summary,[tabindex]:not([tabindex="-1"])';

/** The first part at or below `el` that Tab reaches and that is on show. */
function firstTabbable(el: Element): HTMLElement | undefined {
  if (el instanceof HTMLElement && el.matches(TABBABLE) && el.getClientRects().length > 0) return el;
  const children = el instanceof HTMLSlotElement ? el.assignedElements({ flatten: true }) : [...(el.shadowRoot ?? el).children];
  for (const child of children) {
    const found = firstTabbable(child);
    if (found) return found;
  }
  return undefined;
}

/** Moves focus to the first part Tab reaches after `el`, climbing out of shadow roots as it goes. */
export function focusAfter(el: Element): void {
  for (let at: Element | undefined = el; at; at = at.parentElement ?? (at.getRootNode() as Partial<ShadowRoot>).host) {
    for (let next = at.nextElementSibling; next; next = next.nextElementSibling) {
      const found = firstTabbable(next);
      if (found) return found.focus();
    }
  }
}
