/** One live query for the page: every card asks on every render (200 cards: 2 ms of matchMedia). */
let reducedMotion: MediaQueryList | undefined;

/** True when the reader asked for less motion; jumps are then instant, never animated. */
export function prefersReducedMotion(): boolean {
  if (typeof matchMedia !== 'function') return false;
  return (reducedMotion ??= matchMedia('(prefers-reduced-motion: reduce)')).matches;
}

/**
 * Moves focus to `target` and scrolls it into view (smoothly, unless the reader asked for less
 * motion). Fragment links cannot cross shadow roots, so every in-page jump uses this.
 */
export function moveFocusTo(target: HTMLElement, block: ScrollLogicalPosition): void {
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

/** Makes a heading focusable for the jump, then moves focus to it. */
export function focusHeadingElement(heading: HTMLElement): void {
  heading.tabIndex = -1;
  moveFocusTo(heading, 'start');
}
