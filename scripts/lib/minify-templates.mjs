// A TypeScript transformer that minifies the text of Lit's css`` and html`` templates at build
// time. terser leaves template literals alone, and indentation plus comments were about a fifth
// of the CSS shipped. Only whitespace and CSS comments change, so what renders is the same:
//   css:  comments go, whitespace runs collapse, spaces around { } ; , > and after : go.
//   html: a whitespace run that contains a line break becomes one space (HTML collapses
//         whitespace anyway; one space is kept so inline neighbours still get their gap).
// Interpolations (`${…}`) are untouched; the text on either side is only collapsed, never
// trimmed, so neighbouring values never run together.
import ts from 'typescript';
import { minifyCss, minifyHtml } from './minify-text.mjs';

function rewrite(factory, template, minify) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    const raw = minify(template.rawText ?? template.text, { first: true, last: true });
    return factory.createNoSubstitutionTemplateLiteral(raw, raw);
  }
  const headRaw = minify(template.head.rawText ?? template.head.text, { first: true, last: false });
  const spans = template.templateSpans.map((span, i) => {
    const isLast = i === template.templateSpans.length - 1;
    const raw = minify(span.literal.rawText ?? span.literal.text, { first: false, last: isLast });
    const literal = isLast ? factory.createTemplateTail(raw, raw) : factory.createTemplateMiddle(raw, raw);
    return factory.createTemplateSpan(span.expression, literal);
  });
  return factory.createTemplateExpression(factory.createTemplateHead(headRaw, headRaw), spans);
}

/** `transformers.before` entry for @rollup/plugin-typescript. */
export function minifyTemplates() {
  return (context) => {
    const { factory } = context;
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'css' || node.tag.text === 'html')) {
        const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
        const template = ts.visitNode(node.template, visit);
        const rewritten = ts.setTextRange(rewrite(factory, template, minify), node.template);
        return factory.updateTaggedTemplateExpression(node, node.tag, node.typeArguments, rewritten);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (source) => ts.visitNode(source, visit);
  };
}
