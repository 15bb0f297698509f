// Whitespace and comment minification for the text of Lit's css`` and html`` templates, used at
// build time by minify-templates.mjs. Pure functions, so a browser test can check that every
// stylesheet parses to the same rules before and after (test/minify-css.test.ts).
//   css:  comments go, whitespace runs collapse, spaces around { } ; , > and after : go.
//   html: a whitespace run that contains a line break becomes one space (HTML collapses
//         whitespace anyway; one space is kept so inline neighbours still get their gap).
// Text on either side of an interpolation is only collapsed, never trimmed, so neighbouring
// values never run together.

export function minifyCss(text, { first, last }) {
  // Quoted strings ('— ', ' (') are kept exactly; only the text between them is minified.
  const parts = text.replace(/\/\*[\s\S]*?\*\//g, '').split(/('[^'\n]*'|"[^"\n]*")/);
  let out = parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

export function minifyHtml(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}
