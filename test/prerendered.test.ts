import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/tip/define.js';
import '../src/components/care-card/define.js';
import { settled } from './support/dom.js';
import { prerenderedElement, shownText } from './support/prerendered.js';
import { warningsOfEachTest } from './support/warnings.js';
import { SOURCE, TRANSLATION } from './support/lists.js';

// This page's Lit has no hydration support (as a portal's bundle of the per-element modules):
// a pre-rendered element's first update replaces the server's DOM, in the same task as it renders.
describe('a pre-rendered <limber-tip> or <limber-care-card> reached by a Lit without hydration support', () => {
  const warnings = warningsOfEachTest();

  for (const [path, tag] of [
    [
      `${SOURCE}/tip/pre-treat-with-heat.h3.html`,
      html`<limber-tip tip="pre-treat-with-heat" lang=${SOURCE} heading-level="3"></limber-tip>`,
    ],
    [
      `${TRANSLATION}/care-card/emergency.h3.uk.html`,
      html`<limber-care-card level="emergency" lang=${TRANSLATION} heading-level="3" region="uk"></limber-care-card>`,
    ],
  ] as const) {
    it(`${path}: shows its content once, the same words as a client render`, async () => {
      const client = await fixture<HTMLElement>(tag);
      await settled(client);
      const served = await prerenderedElement(path);
      const before = shownText(served.shadowRoot!);
      expect(before).to.contain(shownText(client.shadowRoot!).slice(0, 40));

      const page = await fixture<HTMLElement>(html`<div></div>`);
      const batches: MutationRecord[][] = [];
      new MutationObserver((records) => batches.push(records)).observe(served.shadowRoot!, { childList: true });
      page.append(served);
      await settled(page);

      expect(shownText(served.shadowRoot!)).to.equal(shownText(client.shadowRoot!));
      expect(served.shadowRoot!.querySelectorAll('h3')).to.have.length(1);
      // The server's nodes left and the rendered ones arrived in one batch: no frame in between.
      expect(batches).to.have.length(1);
      expect(batches[0]!.some((record) => record.removedNodes.length > 0)).to.equal(true);
      expect(batches[0]!.some((record) => record.addedNodes.length > 0)).to.equal(true);
      expect(warnings.messages).to.deep.equal([]);
    });
  }
});
