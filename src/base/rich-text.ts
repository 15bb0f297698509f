import { html, type TemplateResult } from 'lit';
import { parseRichText, type RichNode } from '../content/rich-text.js';

/** How rich text is turned into a template inside one element. */
export interface RichTextOptions {
  /** Called once per problem, e.g. a link whose URL the policy refused. */
  readonly report: (message: string) => void;
  /** The number shown for a cited reference, or undefined if it is not known here. */
  readonly citeNumber: (ref: string) => number | undefined;
  /** The accessible name of a citation marker, e.g. "Source 2". */
  readonly citeLabel: (n: number) => string;
  /** Moves focus to the cited reference. */
  readonly onCite: (n: number, event: Event) => void;
}

function renderNode(node: RichNode, options: RichTextOptions): unknown {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'emphasis':
      return html`<em>${node.text}</em>`;
    case 'link':
      return html`<a href=${node.href} part="link">${node.text}</a>`;
    case 'cite': {
      const n = options.citeNumber(node.ref);
      if (n === undefined) {
        options.report(`citation marker [^${node.ref}] names no known reference`);
        return '';
      }
      return html`<sup class="cite"><a href=${`#source-${n}`} part="cite" aria-label=${options.citeLabel(n)}
        @click=${(event: Event) => options.onCite(n, event)}>${n}</a></sup>`;
    }
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
