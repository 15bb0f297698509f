import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/disclaimer/define.js';
import '../src/components/provider/define.js';
import type { LimberDisclaimer } from '../src/components/disclaimer/disclaimer.js';
import { warningsOfEachTest } from './support/warnings.js';
import { root, squash } from './support/dom.js';

describe('<limber-disclaimer>', () => {
  const warnings = warningsOfEachTest();

  it('shows the article disclaimer as a labelled note, with no way to dismiss it by default', async () => {
    const el = await fixture<LimberDisclaimer>(html`<limber-disclaimer kind="article"></limber-disclaimer>`);
    const note = root(el).querySelector('[role="note"]');
    expect(note?.getAttribute('aria-label')).to.equal('Disclaimer');
    expect(squash(note?.textContent)).to.equal(
      'Disclaimer: This article is only to teach and inform. It is not medical advice. It is not care from a professional for you or your condition. From the Hinge Health article (2023)',
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
