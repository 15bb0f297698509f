// The one deep walk of what a reader sees, for every kind of test: the Chromium tests import it;
// the integration suites send its source into their pages (page.evaluate, init scripts). So it
// uses nothing outside itself, and names no function inside itself (tsx, which loads the suites,
// would wrap a named one in a helper the page does not have): the walk is a loop over a stack.

/**
 * The words `node` (an element, a shadow root or a document) shows: its text through every open
 * shadow root, stylesheets and scripts left out, each element's edges read as a space, white space
 * squashed to single spaces.
 */
export function shownText(node) {
  let text = '';
  // Last in, first out: an element is its opening space, its shadow root, its children, its closing space.
  const stack = [...node.childNodes].reverse();
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') text += item;
    else if (item.nodeType === 3) text += item.textContent ?? '';
    else if (item.nodeType === 1 && item.localName !== 'style' && item.localName !== 'script')
      stack.push(' ', ...[...item.childNodes].reverse(), ...[...(item.shadowRoot?.childNodes ?? [])].reverse(), ' ');
  }
  return text.replace(/\s+/g, ' ').trim();
}
