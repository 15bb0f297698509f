import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/care-card/define.js';
import '../src/context/define.js';
import type { LimberCareCard } from '../src/components/care-card/care-card.js';
import { warningsOfEachTest } from './support/warnings.js';
import { root, squash } from './support/dom.js';

describe('<limber-care-card>', () => {
  const warnings = warningsOfEachTest();

  it('says its level in words inside the heading, not by colour alone', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="emergency"></limber-care-card>`);
    expect(root(el).querySelector('section')?.getAttribute('aria-labelledby')).to.equal('heading');
    expect(squash(root(el).querySelector('#heading')?.textContent)).to.equal('Emergency: Get emergency help now if you have');
    expect(root(el).querySelectorAll('[part~="signs"] li')).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('says in words that Limber added the advice, and from which sources', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="emergency"></limber-care-card>`);
    expect(squash(root(el).querySelector('[part~="provenance"]')?.textContent)).to.equal(
      'Added by Limber from NHS 111 Wales, Mayo Clinic and Healthify (New Zealand)',
    );
  });

  it('is complete on its own: every marker points at its own numbered source list', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="emergency"></limber-care-card>`);
    const sources = [...root(el).querySelectorAll('[part~="sources"] li')].map((li) => squash(li.textContent));
    expect(sources).to.have.length(3);
    expect(sources[0]).to.match(/^NHS 111 Wales: Sciatica/);
    const markers = [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="signs"] a[part~="cite"]')];
    expect(markers.length).to.be.greaterThan(0);
    for (const marker of markers) {
      const target = root(el).querySelector(marker.getAttribute('href') ?? '#none');
      expect(target, marker.getAttribute('href') ?? '').to.exist;
    }
    expect(root(el).querySelector('limber-cite')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('gives each cauda equina sign one instruction: emergency, never also urgent', async () => {
    const wrapper = await fixture(html`<div><limber-care-card level="urgent"></limber-care-card>
      <limber-care-card level="emergency"></limber-care-card></div>`);
    const [urgent, emergency] = [...wrapper.querySelectorAll('limber-care-card')] as LimberCareCard[];
    await urgent?.updateComplete;
    await emergency?.updateComplete;
    const signs = (el: Element): string => squash(root(el).querySelector('[part~="signs"]')?.textContent);
    expect(signs(emergency as Element))
      .to.match(/bladder or bowels/)
      .and.match(/genitals/);
    expect(signs(urgent as Element)).not.to.match(/bladder|urine|genitals|back passage/);
    expect(squash(root(urgent as Element).querySelector('#heading')?.textContent)).to.equal(
      'Urgent: Speak to a doctor as soon as possible if',
    );
    expect(squash(root(emergency as Element).querySelector('[part~="action"]')?.textContent)).not.to.match(/suddenly/);
  });

  it('says "your local emergency number" with no region', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="emergency"></limber-care-card>`);
    expect(squash(root(el).querySelector('[part~="action"]')?.textContent)).to.match(
      /^Call your local emergency number or go to an emergency department now\./,
    );
  });

  it('uses 911 for region="us" and 999 / NHS 111 for the provider’s uk region', async () => {
    const us = await fixture<LimberCareCard>(html`<limber-care-card level="emergency" region="us"></limber-care-card>`);
    expect(squash(root(us).querySelector('[part~="action"]')?.textContent)).to.match(/^Call 911 or go/);
    const wrapper = await fixture(html`<limber-provider region="uk">
      <limber-care-card level="emergency"></limber-care-card><limber-care-card level="urgent"></limber-care-card></limber-provider>`);
    const [emergency, urgent] = [...wrapper.querySelectorAll('limber-care-card')] as LimberCareCard[];
    await emergency?.updateComplete;
    await urgent?.updateComplete;
    expect(squash(root(emergency as Element).querySelector('[part~="action"]')?.textContent)).to.match(/^Call 999 or go/);
    expect(squash(root(urgent as Element).querySelector('[part~="action"]')?.textContent)).to.match(
      /^Contact your doctor as soon as you can, or call NHS 111\./,
    );
  });

  it('lets its region attribute override the provider, and reflects level', async () => {
    const wrapper = await fixture(
      html`<limber-provider region="uk"><limber-care-card level="emergency" region="us"></limber-care-card></limber-provider>`,
    );
    const el = wrapper.querySelector('limber-care-card') as LimberCareCard;
    await el.updateComplete;
    expect(squash(root(el).querySelector('[part~="action"]')?.textContent)).to.match(/^Call 911/);
    el.level = 'non-urgent';
    await el.updateComplete;
    expect(el.getAttribute('level')).to.equal('non-urgent');
    expect(squash(root(el).querySelector('#heading')?.textContent)).to.equal('Non-urgent: See a doctor if');
  });

  it('warns about an unknown level or region', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="soon" region="fr"></limber-care-card>`);
    expect(root(el).querySelector('section')).to.equal(null);
    expect(warnings.messages).to.deep.equal([
      '<limber-care-card>: region "fr" is not one of us, uk; using generic wording',
      '<limber-care-card>: level "soon" is not one of non-urgent, urgent, emergency',
    ]);
  });
});
