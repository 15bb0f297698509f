import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/cta/define.js';
import '../src/components/provider/define.js';
import type { LimberCta } from '../src/components/cta/cta.js';
import { warningsOfEachTest } from './support/warnings.js';
import { root } from './support/dom.js';
import { TOPIC } from './support/lists.js';

describe('<limber-cta>', () => {
  const warnings = warningsOfEachTest();

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
    expect(event.detail).to.deep.equal({ href: '/coverage?from=limber', label: 'Check your coverage', topic: TOPIC });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(navigationPrevented).to.equal(true);
  });

  it('refuses a javascript: href, shows no link and warns', async () => {
    const el = await fixture<LimberCta>(html`<limber-cta href=" JAVASCRIPT:alert(1)"></limber-cta>`);
    expect(root(el).querySelector('a')).to.equal(null);
    expect(root(el).querySelector('#heading')?.textContent).to.equal('How Hinge Health can help');
    expect(warnings.messages).to.deep.equal([
      '<limber-cta>: href not used: URL scheme "javascript:" is not allowed in "JAVASCRIPT:alert(1)"',
    ]);
  });

  it('warns when the host gives no href', async () => {
    await fixture(html`<limber-cta></limber-cta>`);
    await aTimeout(10); // missing configuration is reported one task later
    expect(warnings.messages).to.deep.equal(['<limber-cta>: set the "href" attribute: the host decides where the call to action leads']);
  });
});
