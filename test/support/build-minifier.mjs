// A web-test-runner command, `minify-template`: the text of one css`` (or html``) template as
// the build ships it, minified by the build's own settings (scripts/lib/build-plugins.mjs) and
// read back as JavaScript reads the template, so test/minify-css.test.ts can compare, in Chromium,
// each stylesheet before and after.
import { runInNewContext } from 'node:vm';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { MINIFY_TEMPLATE_OPTIONS } from '../../scripts/lib/build-plugins.mjs';

/** `text` written back as the body of a template literal. */
const asTemplate = (text) => text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');

export function buildMinifier() {
  return {
    name: 'limber-build-minifier',
    async executeCommand({ command, payload }) {
      if (command !== 'minify-template') return undefined;
      const { tag, text } = payload;
      const source = `${tag}\`${asTemplate(text)}\`;`;
      const result = await minifyHTMLLiterals(source, { ...MINIFY_TEMPLATE_OPTIONS, fileName: `template.${tag}.js` });
      const body = (result?.code ?? source).slice(tag.length + 1, -2);
      // The template's value as the shipped code reads it (an escape the minifier broke throws here).
      return runInNewContext(`\`${body}\``);
    },
  };
}
