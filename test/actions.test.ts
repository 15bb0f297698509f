import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/care-card/define.js';
import '../src/components/disclaimer/define.js';
import '../src/components/cta/define.js';
import '../src/context/define.js';
import type { LimberCareCard } from '../src/components/care-card/care-card.js';
import type { LimberDisclaimer } from '../src/components/disclaimer/disclaimer.js';
import type { LimberCta } from '../src/components/cta/cta.js';
import { captureWarnings, type WarningCapture } from './support/warnings.js';

const root = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;
const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('care, disclaimer and call-to-action elements', () => {
  let warnings: WarningCapture;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('<limber-care-card>', () => {
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
      expect(signs(emergency as Element)).to.match(/bladder or bowels/).and.match(/genitals/);
      expect(signs(urgent as Element)).not.to.match(/bladder|urine|genitals|back passage/);
      expect(squash(root(urgent as Element).querySelector('#heading')?.textContent)).to.equal('Urgent: Speak to a doctor as soon as possible if');
      expect(squash(root(emergency as Element).querySelector('[part~="action"]')?.textContent)).not.to.match(/suddenly/);
    });

    it('says "your local emergency number" with no region', async () => {
      const el = await fixture<LimberCareCard>(html`<limber-care-card level="emergency"></limber-care-card>`);
      expect(squash(root(el).querySelector('[part~="action"]')?.textContent)).to.match(/^Call your local emergency number or go to an emergency department now\./);
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
      expect(squash(root(urgent as Element).querySelector('[part~="action"]')?.textContent)).to.match(/^Contact your doctor as soon as you can, or call NHS 111\./);
    });

    it('lets its region attribute override the provider, and reflects level', async () => {
      const wrapper = await fixture(html`<limber-provider region="uk"><limber-care-card level="emergency" region="us"></limber-care-card></limber-provider>`);
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

  describe('<limber-disclaimer>', () => {
    it('shows the article disclaimer as a labelled note, with no way to dismiss it by default', async () => {
      const el = await fixture<LimberDisclaimer>(html`<limber-disclaimer kind="article"></limber-disclaimer>`);
      const note = root(el).querySelector('[role="note"]');
      expect(note?.getAttribute('aria-label')).to.equal('Disclaimer');
      expect(squash(note?.textContent)).to.equal(
        'Disclaimer: This article is for education and information only. It is not medical advice or a professional service for you or your condition. From the Hinge Health article (2023)',
      );
      expect(root(el).querySelector('button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('fires a typed, cancelable limber-disclaimer-dismiss when dismissible', async () => {
      const el = await fixture<LimberDisclaimer>(html`<limber-disclaimer kind="video" dismissible></limber-disclaimer>`);
      const button = root(el).querySelector('button') as HTMLButtonElement;
      expect(button.getBoundingClientRect().height).to.be.at.least(24);
      el.addEventListener('limber-disclaimer-dismiss', (event) => event.preventDefault(), { once: true });
      setTimeout(() => button.click());
      const kept = await oneEvent(el, 'limber-disclaimer-dismiss');
      expect(kept.detail).to.deep.equal({ kind: 'video' });
      expect(el.hidden).to.equal(false);
      setTimeout(() => button.click());
      await oneEvent(el, 'limber-disclaimer-dismiss');
      expect(el.hidden).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('warns about an unknown kind', async () => {
      await fixture(html`<limber-disclaimer kind="legal"></limber-disclaimer>`);
      expect(warnings.messages).to.deep.equal(['<limber-disclaimer>: kind "legal" is not one of article, video, medicine, exercise']);
    });

    it('has an exercise disclaimer in Limber’s own voice, labelled as Limber’s', async () => {
      const el = await fixture<LimberDisclaimer>(html`<limber-disclaimer kind="exercise"></limber-disclaimer>`);
      const note = root(el).querySelector('[role="note"]');
      expect(note?.getAttribute('aria-label')).to.equal('About these exercises');
      expect(squash(note?.textContent)).to.match(/^About these exercises: Limber added these exercises/);
      expect(squash(root(el).querySelector('[part~="provenance"]')?.textContent)).to.equal('Added by Limber');
      await expect(el).to.be.accessible();
    });
  });

  describe('<limber-cta>', () => {
    it('links to the host’s href with the content’s label, or the host’s', async () => {
      const el = await fixture<LimberCta>(html`<limber-cta href="https://example.org/coverage"></limber-cta>`);
      const link = root(el).querySelector('a[part~="button"]') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('https://example.org/coverage');
      expect(link.textContent).to.equal('Check your coverage');
      el.label = 'See if you are covered';
      await el.updateComplete;
      expect(link.textContent).to.equal('See if you are covered');
      expect(el.getAttribute('label')).to.equal('See if you are covered');
      await expect(el).to.be.accessible();
    });

    it('fires a cancelable limber-cta-click with a typed detail before navigating', async () => {
      const el = await fixture<LimberCta>(html`<limber-cta href="/coverage?from=limber"></limber-cta>`);
      const link = root(el).querySelector('a') as HTMLAnchorElement;
      let navigationPrevented = false;
      document.addEventListener('limber-cta-click', (event) => event.preventDefault(), { once: true });
      link.addEventListener('click', (event) => {
        navigationPrevented = event.defaultPrevented;
      });
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'limber-cta-click');
      expect(event.detail).to.deep.equal({ href: '/coverage?from=limber', label: 'Check your coverage', topic: 'pinched-nerve-low-back' });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(navigationPrevented).to.equal(true);
    });

    it('refuses a javascript: href, shows no link and warns', async () => {
      const el = await fixture<LimberCta>(html`<limber-cta href=" JAVASCRIPT:alert(1)"></limber-cta>`);
      expect(root(el).querySelector('a')).to.equal(null);
      expect(root(el).querySelector('#heading')?.textContent).to.equal('How Hinge Health can help');
      expect(warnings.messages).to.deep.equal(['<limber-cta>: href not used: URL scheme "javascript:" is not allowed in "JAVASCRIPT:alert(1)"']);
    });

    it('warns when the host gives no href', async () => {
      await fixture(html`<limber-cta></limber-cta>`);
      await aTimeout(10); // missing configuration is reported one task later
      expect(warnings.messages).to.deep.equal(['<limber-cta>: set the "href" attribute: the host decides where the call to action leads']);
    });
  });
});
