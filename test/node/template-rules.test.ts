// The lint rules that keep src/ safe under a strict CSP (eslint.config.mjs, src/**/*.ts): each
// pattern a template or element must not use is reported, with its reason, and plain Lit is not.
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint();
/** The messages ESLint gives `code` as if it were a file in src/. */
async function messagesFor(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/element/probe.ts' });
  return (result?.messages ?? []).map((m) => m.message);
}

const FORBIDDEN: [string, string, RegExp][] = [
  [
    'a style= attribute in a template',
    'import { html } from \'lit\';\nexport const a = html`<p style="color: red">x</p>`;\n',
    /style= attribute/,
  ],
  ['a <style> element in a template', "import { html } from 'lit';\nexport const a = html`<style>p {}</style>`;\n", /<style> element/],
  ['unsafeHTML', "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport const a = unsafeHTML;\n", /No HTML from strings/],
  ['styleMap', "import { styleMap } from 'lit/directives/style-map.js';\nexport const a = styleMap;\n", /styleMap/],
  ['innerHTML from a string', 'export const a = (el: Element, s: string): void => {\n  el.innerHTML = s;\n};\n', /HTML from a string/],
  [
    'insertAdjacentHTML',
    "export const a = (el: Element, s: string): void => el.insertAdjacentHTML('beforeend', s);\n",
    /HTML from a string/,
  ],
  ['an inline style set from script', "export const a = (el: Element): void => el.setAttribute('style', 'color: red');\n", /inline style/],
  ['new Function', 'export const a = (s: string): unknown => new Function(s);\n', /Function constructor/],
];

describe('template rules in src/ (ESLint)', function () {
  this.timeout(60_000);
  for (const [what, code, reason] of FORBIDDEN)
    it(`reports ${what}`, async () => {
      const messages = await messagesFor(code);
      assert.ok(
        messages.some((m) => reason.test(m)),
        `no message matching ${reason}: ${messages.join(' | ')}`,
      );
    });

  it('lets a plain Lit template with a bound class pass', async () => {
    const code = "import { html } from 'lit';\nexport const a = (on: boolean): unknown => html`<p class=${on ? 'on' : 'off'}>x</p>`;\n";
    assert.deepEqual(await messagesFor(code), []);
  });
});
