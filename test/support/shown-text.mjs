// The one deep walk of what a reader sees, for every kind of test: the Chromium tests import it;
// the integration suites send it into their pages (page.evaluate(shownText, node), or its source
// in an init script), so it uses nothing outside itself.

/**
 * The words `node` (an element, a shadow root or a document) shows: its text through every open
 * shadow root, stylesheets and scripts left out, each element's edges read as a space, white space
 * squashed to single spaces.
 */
export function shownText(node) {
  const walk = (parent) =>
    [...parent.childNodes]
      .map((child) => {
        if (child.nodeType === 3) return child.textContent ?? '';
        if (child.nodeType !== 1 || child.localName === 'style' || child.localName === 'script') return '';
        return ` ${child.shadowRoot ? walk(child.shadowRoot) : ''}${walk(child)} `;
      })
      .join('');
  return walk(node).replace(/\s+/g, ' ').trim();
}
