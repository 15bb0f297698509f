/** Set once this copy of Limber has reported that another copy got there first. */
let reportedDuplicate = false;

/**
 * Registers a Limber element unless the tag is already taken. Loading Limber twice (the CDN file
 * and a per-element module, say) keeps the first definitions and warns once for the whole copy;
 * it never throws. Loading the very same module twice is a no-op (one module instance).
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (existing === undefined) {
    customElements.define(tagName, constructor);
    return;
  }
  if (existing !== constructor && !reportedDuplicate) {
    reportedDuplicate = true;
    console.warn(
      `<${tagName}>: already defined by another copy of Limber; keeping the first definitions (further duplicates of this copy are not reported)`,
    );
  }
}
