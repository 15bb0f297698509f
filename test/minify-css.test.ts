// The build minifies the text of every css`` template (scripts/lib/minify-text.mjs). This proves,
// in the browser that will parse it, that each element's stylesheet yields exactly the same rules
// before and after: the bytes saved change nothing a reader sees.
import { expect } from '@open-wc/testing';
import type { CSSResult, LitElement } from 'lit';
import { minifyCss } from '../scripts/lib/minify-text.mjs';
import { LIMBER_ELEMENTS } from '../src/define-all.js';

/**
 * The rules the browser parses from `text`, as it serialises them. Custom property values keep
 * their tokens verbatim (CSS Variables), so `var(--a, red)` and `var(--a,red)` serialise apart
 * while meaning the same: spaces around commas are normalised, nothing else.
 */
const rulesOf = (text: string): string[] => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s*,\s*/g, ','));
};

describe('css minification at build time', () => {
  for (const [tag, element] of Object.entries(LIMBER_ELEMENTS)) {
    it(`leaves the rules of <${tag}> unchanged`, () => {
      const styles = [(element as unknown as typeof LitElement).styles].flat(Infinity as 1).filter(Boolean) as CSSResult[];
      expect(styles.length).to.be.greaterThan(0);
      for (const style of styles) {
        const original = style.cssText;
        const minified = minifyCss(original, { first: true, last: true });
        expect(minified.length, `${tag}: minified text is shorter`).to.be.lessThan(original.length);
        const [before, after] = [rulesOf(original), rulesOf(minified)];
        const changed = before.map((rule, i) => [rule, after[i]]).filter(([a, b]) => a !== b);
        expect(changed, `${tag}: rules that differ`).to.deep.equal([]);
        expect(after.length).to.equal(before.length);
      }
    });
  }

  it('keeps quoted strings exactly, spaces and all', () => {
    const css = `.a::before {\n  content: '— ';\n}\n.b::after { content: " ( "; }`;
    expect(minifyCss(css, { first: true, last: true })).to.equal(`.a::before{content:'— '}.b::after{content:" ( "}`);
  });

  it('keeps the descendant combinator and drops comments', () => {
    expect(minifyCss('/* note */\n  .card   .steps  >  li { color: red; }\n', { first: true, last: true })).to.equal(
      '.card .steps>li{color:red}',
    );
  });
});
