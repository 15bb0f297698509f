/** The words `node` shows a reader, through shadow roots, stylesheets and scripts left out, white space squashed. */
export function shownText(node: Node): string;
