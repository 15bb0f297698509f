import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/treatment-list/define.js';
import '../src/context/define.js';
import type { LimberElement } from '../src/base/limber-element.js';
import { warningsOfEachTest } from './support/warnings.js';
import { root, squash } from './support/dom.js';

describe('<limber-treatment-list>', () => {
  warningsOfEachTest();

  it('lists the five other treatments', async () => {
    const el = await fixture<LimberElement>(html`<limber-treatment-list topic="pinched-nerve-low-back"></limber-treatment-list>`);
    expect([...root(el).querySelectorAll('[part~="treatments"] > li > h4')].map((h) => h.textContent)).to.deep.equal([
      'Support your posture with pillows',
      'A little rest, not bed rest',
      'Ice and heat',
      'Walking',
      'Pain relief medicines',
    ]);
  });

  it('renders quotes as real quotations attributed by name, credentials and role', async () => {
    const el = await fixture<LimberElement>(html`<limber-treatment-list topic="pinched-nerve-low-back"></limber-treatment-list>`);
    const figure = root(el).querySelector('[part~="quote"]');
    expect(figure?.querySelector('blockquote p')?.textContent).to.equal(
      'Sitting in a slumped position can pull on the nerves and cause more sensitivity.',
    );
    expect(figure?.querySelector('figcaption')?.textContent).to.equal('CJ Morrow, PT, DPT, Physical Therapist');
    expect(root(el).querySelectorAll('blockquote')).to.have.length(6);
  });

  it('sets the NICE evidence note beside the article’s medicine advice', async () => {
    const el = await fixture<LimberElement>(html`<limber-treatment-list topic="pinched-nerve-low-back"></limber-treatment-list>`);
    const notes = [...root(el).querySelectorAll('[part~="evidence"]')];
    const medicine = notes.at(-1);
    expect(squash(medicine?.querySelector('[part~="provenance"]')?.textContent)).to.equal(
      'Added by Limber from National Institute for Health and Care Excellence and NHS 111 Wales',
    );
    expect(squash(medicine?.textContent)).to.match(
      /Evidence note: UK guidance differs on one of these\. NICE’s guideline on low back pain and sciatica \(2016, updated 2020, so already in place when the article was written\)/,
    );
    expect(squash(medicine?.textContent)).not.to.match(/Later guidance/);
    const sources = [...root(el).querySelectorAll('[part~="sources"] li')].map((li) => squash(li.textContent));
    const markers = [...(medicine?.querySelectorAll('a[part~="cite"]') ?? [])].map((a) => Number(a.textContent));
    expect(markers.map((n) => sources[n - 1]?.split(':')[0])).to.deep.equal([
      'National Institute for Health and Care Excellence (2016)',
      'NHS 111 Wales',
    ]);
    expect(squash(root(el).querySelector('section > [part~="provenance"]')?.textContent)).to.equal('From the Hinge Health article (2023)');
    // Said once for the section, and again only where an item differs: the two evidence notes.
    const lines = [...root(el).querySelectorAll('[part~="provenance"]')].map((line) => squash(line.textContent));
    expect(lines).to.have.length(3);
    expect(lines.filter((line) => line.startsWith('From the Hinge Health'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
