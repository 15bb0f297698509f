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

/** Rendered rich text: plain text as a string, anything richer as a template. */
export type RichText = TemplateResult | string;

/**
 * Renders rich text as Lit templates: text is interpolated (escaped by Lit), links carry only
 * URLs that passed the policy. No HTML string is ever parsed. Text with no markup (most of it)
 * is returned as the string itself: one text node, with no template instance, array or parts
 * for Lit to keep per element.
 */
export function renderRichText(source: string, options: RichTextOptions): RichText {
  const parsed = parseRichText(source);
  for (const problem of parsed.problems) options.report(problem);
  const [first] = parsed.nodes;
  if (parsed.nodes.length === 0) return '';
  if (parsed.nodes.length === 1 && first?.kind === 'text') return first.text;
  return html`${parsed.nodes.map((node) => renderNode(node, options))}`;
}

/**
 * A citation marker numbered by `sources` (the exercise card's own list): a superscript link
 * named "Source N" that moves focus to `#source-N` inside `root` (fragments cannot cross roots).
 */
export function renderLocalCite(
  ref: string,
  sources: readonly string[],
  root: ParentNode,
  label: (n: number) => string,
  report: (message: string) => void,
): TemplateResult | string {
  const index = sources.indexOf(ref);
  if (index === -1) {
    report(`citation marker [^${ref}] names no known reference`);
    return '';
  }
  const n = index + 1;
  const follow = (event: Event): void => {
    const target = root.querySelector<HTMLElement>(`#source-${n}`);
    if (!target) return;
    event.preventDefault();
    moveFocusTo(target, 'nearest');
  };
  return html`<sup class="cite"><a href=${`#source-${n}`} part="cite" aria-label=${label(n)} @click=${follow}>${n}</a></sup>`;
}
