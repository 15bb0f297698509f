import { shownText as deepShownText } from './shown-text.mjs';

/**
 * A snippet of `dist/prerendered/` (rendered from the source for the test run:
 * test/support/prerendered-server.mjs), parsed as a browser parses a page: its declarative shadow
 * roots attached. Returns the element, not yet in the document.
 */
export async function prerenderedElement(path: string): Promise<HTMLElement> {
  const response = await fetch(`/dist/prerendered/${path}`);
  if (!response.ok) throw new Error(`dist/prerendered/${path}: ${response.status}`);
  const holder = document.createElement('div');
  holder.setHTMLUnsafe(await response.text());
  return holder.firstElementChild as HTMLElement;
}

/**
 * The characters a shadow tree shows a reader (stylesheets left out), without whitespace: the
 * source's templates and the minified ones the snippets come from differ only in that.
 */
export function shownText(node: Node): string {
  return deepShownText(node).replace(/\s+/g, '');
}
