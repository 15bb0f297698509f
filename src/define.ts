/** Tags already warned about, so a page that loads Limber twice hears about it once. */
const warnedTwice = new Set<string>();

/**
 * Registers a Limber element unless the tag is already taken. Loading Limber twice (the CDN file
 * and a per-element module, say) keeps the first definition and warns once; it never throws.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (existing === undefined) {
    customElements.define(tagName, constructor);
    return;
  }
  if (existing !== constructor && !warnedTwice.has(tagName)) {
    warnedTwice.add(tagName);
    console.warn(`<${tagName}>: already defined by another copy of Limber; keeping the first definition`);
  }
}
