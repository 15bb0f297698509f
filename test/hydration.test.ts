// Lit's hydration support first, as limber.js loads it, before anything evaluates LitElement.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/tip/define.js';
import { settled } from './support/dom.js';
import { prerenderedElement, shownText } from './support/prerendered.js';
import { warningsOfEachTest } from './support/warnings.js';

// The snippets in dist/prerendered/ come from minified templates; this page runs the source's,
// so to this page they are HTML pre-rendered by another version of Limber: hydrating them fails.
describe('<limber-tip> pre-rendered by another version of Limber, reached by one that hydrates', () => {
  const warnings = warningsOfEachTest();

  it('is rendered again, once, with its styles, and says so in one console warning', async () => {
    const client = await fixture<HTMLElement>(html`<limber-tip tip="pre-treat-with-heat" lang="en" heading-level="3"></limber-tip>`);
    await settled(client);
    const served = await prerenderedElement('en/tip/pre-treat-with-heat.h3.html');
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.append(served);
    await settled(page);

    expect(shownText(served.shadowRoot!)).to.equal(shownText(client.shadowRoot!));
    expect(served.shadowRoot!.querySelectorAll('h3')).to.have.length(1);
    expect(served.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(getComputedStyle(served.shadowRoot!.querySelector('h3')!).fontFamily).to.equal(
      getComputedStyle(client.shadowRoot!.querySelector('h3')!).fontFamily,
    );
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(/^<limber-tip>.*pre-rendered HTML does not match this version of Limber/);
  });
});
