import { adoptStyles, type LitElement } from 'lit';

/**
 * What a pre-rendered element (its shadow root came as declarative shadow DOM) arrived with:
 * the server's nodes, kept until its first update, and whether its Lit hydrates them (Lit's
 * hydration support, which limber.js carries, also adds `defer-hydration` to every element's
 * observed attributes; its other marks are minified names).
 */
export interface Served {
  readonly nodes: readonly ChildNode[];
  readonly hydrates: boolean;
}

/** The nodes already in `host`'s shadow root: call before Lit makes its render root. */
export function serverNodes(host: LitElement): ChildNode[] {
  return host.shadowRoot ? [...host.shadowRoot.childNodes] : [];
}

/** What `host` was served, once its render root is made; undefined when it was not pre-rendered. */
export function served(host: LitElement, nodes: readonly ChildNode[]): Served | undefined {
  if (nodes.length === 0) return undefined;
  return { nodes, hydrates: (host.constructor as typeof LitElement).observedAttributes.includes('defer-hydration') };
}

/**
 * The first update of a pre-rendered element (`update`: Lit's). With hydration support Lit
 * hydrates the server's DOM in place. A Lit without it (a bundled copy of the per-element
 * modules) would render after the server's DOM, showing everything twice: the server's nodes are
 * removed in the same task as the render, so nothing is ever seen twice or missing. The same when
 * hydrating fails (HTML pre-rendered by another version of Limber), reported through `report`.
 */
export function firstUpdate(host: LitElement, { nodes, hydrates }: Served, update: () => void, report: (message: string) => void): void {
  const remove = (): void => nodes.forEach((node) => node.remove());
  if (!hydrates) {
    remove();
    // Lit renders before the root's first child when it found one: that was the server's.
    host.renderOptions.renderBefore = null;
  }
  try {
    update();
  } catch (error) {
    if (!hydrates) throw error;
    report(`its pre-rendered HTML does not match this version of Limber, so it was rendered again (${String(error)})`);
    remove();
    // Hydration uses the server's stylesheets; rendering afresh, the element adopts its own.
    adoptStyles(host.renderRoot as ShadowRoot, (host.constructor as typeof LitElement).elementStyles);
    update();
  }
}
