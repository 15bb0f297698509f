import { html, type TemplateResult } from 'lit';
import { parseRichText, type RichNode } from '../content/rich-text.js';

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

/**
 * Renders rich text as Lit templates: text is interpolated (escaped by Lit), links carry only
 * URLs that passed the policy. No HTML string is ever parsed.
 */
export function renderRichText(source: string, options: RichTextOptions): TemplateResult {
  const parsed = parseRichText(source);
  for (const problem of parsed.problems) options.report(problem);
  return html`${parsed.nodes.map((node) => renderNode(node, options))}`;
}
