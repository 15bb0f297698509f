import { adoptStyles, type LitElement } from 'lit';

/**
 * The render root for an element that lives in a scoped custom element registry (a second
 * version of Limber on the page): its shadow root, and every template Lit clones into it, use
 * that registry, so nested Limber elements stay the same version. Undefined for the global
 * registry, where Lit's default render root is right.
 */
export function scopedRenderRoot(element: LitElement): ShadowRoot | undefined {
  const registry = (element as { customElementRegistry?: CustomElementRegistry | null }).customElementRegistry;
  if (!registry || registry === customElements) return undefined;
  const ctor = element.constructor as typeof LitElement;
  const root = element.attachShadow({ ...ctor.shadowRootOptions, customElementRegistry: registry } as ShadowRootInit);
  adoptStyles(root, ctor.elementStyles);
  const importNode = (node: Node, deep?: boolean): Node =>
    document.importNode(node, { selfOnly: !deep, customElementRegistry: registry } as unknown as boolean);
  element.renderOptions.creationScope = { importNode };
  return root;
}
