import { html, type TemplateResult } from 'lit';
import { parseRichText, type RichNode } from '../content/rich-text.js';
import { moveFocusTo } from './motion.js';

/** How rich text is turned into a template inside one element. */
export interface RichTextOptions {
  /** Called once per problem, e.g. a link whose URL the policy refused. */
  readonly report: (message: string) => void;
  /** Renders a citation marker for a reference id. */
  readonly renderCite: (ref: string) => unknown;
}

function renderNode(node: RichNode, options: RichTextOptions): unknown {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'emphasis':
      return html`<em>${node.text}</em>`;
    case 'link':
      return html`<a href=${node.href} part="link">${node.text}</a>`;
    case 'cite':
      return options.renderCite(node.ref);
  }
}

/** Rendered rich text: plain text as a string, anything richer as the list of its pieces (or a template around them). */
export type RichText = TemplateResult | readonly unknown[] | string;

/**
 * Renders rich text as Lit templates: text is interpolated (escaped by Lit), links carry only
 * URLs that passed the policy. No HTML string is ever parsed. Text with no markup (most of it)
 * is returned as the string itself: one text node, with no template instance, array or parts
 * for Lit to keep per element; richer text is the array of its pieces.
 */
export function renderRichText(source: string, options: RichTextOptions): RichText {
  const parsed = parseRichText(source);
  for (const problem of parsed.problems) options.report(problem);
  const [first] = parsed.nodes;
  if (parsed.nodes.length === 0) return '';
  if (parsed.nodes.length === 1 && first?.kind === 'text') return first.text;
  // The pieces themselves, not a template around them: one template instance fewer per text.
  return parsed.nodes.map((node) => renderNode(node, options));
}

/**
 * A citation marker numbered by `sources` (the element's own list): a superscript link named
 * "Source N" to `#source-N` inside the element's own root (fragments cannot cross roots, so
 * `followLocalCite`, listening once per root, moves focus there).
 */
export function renderLocalCite(
  ref: string,
  sources: readonly string[],
  label: (n: number) => string,
  report: (message: string) => void,
): TemplateResult | string {
  const index = sources.indexOf(ref);
  if (index === -1) {
    report(`citation marker [^${ref}] names no known reference`);
    return '';
  }
  const n = index + 1;
  return html`<sup class="cite"><a href=${`#source-${n}`} part="cite" aria-label=${label(n)}>${n}</a></sup>`;
}

/**
 * One click listener per render root for every local citation marker in it (rather than a
 * handler per marker): moves focus to the source the marker names, in the same root.
 */
export function followLocalCite(event: Event): void {
  const link = event.target instanceof Element ? event.target.closest('sup.cite > a[href^="#source-"]') : null;
  const root = link?.getRootNode();
  const target = root instanceof ShadowRoot ? root.querySelector<HTMLElement>(link?.getAttribute('href') ?? '') : null;
  if (!target) return;
  event.preventDefault();
  moveFocusTo(target, 'nearest');
}
