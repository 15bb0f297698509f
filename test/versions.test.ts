import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/article/define.js';
import { LIMBER_ELEMENTS } from '../src/define-all.js';
import { captureWarnings } from './support/warnings.js';
import { deep, settled } from './support/dom.js';
import { SOURCE_TOPIC } from './support/topics.js';
import { TOPIC } from './support/lists.js';

describe('two different versions on one page (scoped custom element registries)', () => {
  it('keeps each version whole: a scoped article is made only of its own classes', async () => {
    const warnings = captureWarnings();
    try {
      // "Version 2": a different class for every tag, registered in its own registry.
      const v2 = new Map(Object.entries(LIMBER_ELEMENTS).map(([tag, element]) => [tag, class extends (element as typeof HTMLElement) {}]));
      const registry = new CustomElementRegistry();
      for (const [tag, element] of v2) registry.define(tag, element);

      const page = await fixture(html`<div><limber-article topic=${TOPIC}></limber-article><div id="v2"></div></div>`);
      const root = page.querySelector('#v2')!.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
      const scoped = document.createElement('limber-article', { customElementRegistry: registry } as ElementCreationOptions);
      scoped.setAttribute('topic', TOPIC);
      root.append(scoped);
      await settled(page);

      const global = page.querySelector('limber-article')!;
      const limberIn = (el: Element): Element[] => [el, ...deep(el.shadowRoot!)].filter((e) => e.localName.startsWith('limber-'));
      const scopedTree = limberIn(scoped);
      const globalTree = limberIn(global);
      expect(scopedTree.length).to.be.greaterThan(20);
      expect(scopedTree.filter((e) => e.constructor !== v2.get(e.localName)).map((e) => e.localName)).to.deep.equal([]);
      expect(globalTree.filter((e) => e.constructor !== customElements.get(e.localName)).map((e) => e.localName)).to.deep.equal([]);
      expect(scoped.shadowRoot?.textContent).to.contain('Exercises for a pinched nerve in the low back');
      const citations = scopedTree.find((e) => e.localName === 'limber-citations')!;
      expect(citations.shadowRoot?.querySelectorAll('li')).to.have.length(SOURCE_TOPIC.references.length);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
