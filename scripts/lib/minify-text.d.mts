/** Minifies the text of one css`` template piece; `first`/`last` say whether it starts or ends the template. */
export function minifyCss(text: string, edges: { first: boolean; last: boolean }): string;
/** Collapses each whitespace run that holds a line break in an html`` template piece to one space. */
export function minifyHtml(text: string): string;
