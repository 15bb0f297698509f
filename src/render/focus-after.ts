/**
 * Where focus goes when the element holding it goes away (a dismissed disclaimer): the next part
 * of the page a keyboard can reach, in the order Tab would reach it, through shadow roots and
 * slots. Without it, focus falls to the page's start and a keyboard or screen reader user loses
 * their place (WCAG 2.4.3).
 */
const TABBABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';

/** The children of `node` in the flat tree: a shadow root's in place of a host's, a slot's assigned elements in place of the slot. */
function flatChildren(node: Element | ShadowRoot): Element[] {
  const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.children : node.children;
  return [...children].flatMap((child) => (child instanceof HTMLSlotElement ? child.assignedElements({ flatten: true }) : [child]));
}

/** The first element at or below `el` that Tab reaches and that is on show. */
function firstTabbable(el: Element): HTMLElement | undefined {
  if (el instanceof HTMLElement && el.matches(TABBABLE) && el.getClientRects().length > 0) return el;
  for (const child of flatChildren(el)) {
    const found = firstTabbable(child);
    if (found) return found;
  }
  return undefined;
}

/** The parent of `el` in the flat tree: its slot, its shadow root's host, or its parent element. */
function flatParent(el: Element): Element | undefined {
  if (el.assignedSlot) return el.assignedSlot;
  const parent = el.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : undefined;
}

/** Moves focus to the first part Tab reaches after `el`; true when there was one. */
export function focusAfter(el: Element): boolean {
  for (let at: Element | undefined = el; at; at = flatParent(at)) {
    const parent = flatParent(at);
    if (!parent) break;
    const siblings = parent instanceof HTMLSlotElement ? parent.assignedElements({ flatten: true }) : flatChildren(parent);
    for (const next of siblings.slice(siblings.indexOf(at) + 1)) {
      const found = firstTabbable(next);
      if (found) {
        found.focus();
        return true;
      }
    }
  }
  return false;
}
