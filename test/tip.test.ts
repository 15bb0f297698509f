import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/tip/define.js';
import '../src/components/provider/define.js';
import type { LimberElement } from '../src/element/limber-element.js';
import { warningsOfEachTest } from './support/warnings.js';
import { root, shownText, squash } from './support/dom.js';

describe('<limber-tip>', () => {
  const warnings = warningsOfEachTest();

  it('lets screen readers hear its kind first, without saying it twice', async () => {
    const el = await fixture<LimberElement>(html`<limber-tip tip="pre-treat-with-heat"></limber-tip>`);
    const aside = root(el).querySelector('aside');
    expect(aside?.getAttribute('aria-labelledby')).to.equal('heading');
    const heading = root(el).querySelector('#heading');
    expect(heading?.tagName).to.equal('H3');
    expect(squash(heading?.textContent)).to.equal('Tip: Pre-treat with heat');
    expect(heading?.querySelector('.visually-hidden')?.textContent).to.equal('Tip: ');
    expect(root(el).querySelector('[part~="label"]')?.getAttribute('aria-hidden')).to.equal('true');
    expect(root(el).querySelector('figcaption')?.textContent).to.equal('CJ Morrow, PT, DPT, Physical Therapist');
    await expect(el).to.be.accessible();
  });

  it('warns about an unknown tip', async () => {
    const el = await fixture<LimberElement>(html`<limber-tip tip="ice-baths"></limber-tip>`);
    expect(root(el).querySelector('aside')).to.equal(null);
    expect(shownText(el)).to.equal('');
    expect(warnings.messages).to.deep.equal(['<limber-tip>: no tip with id "ice-baths" in the catalog']);
  });
});
