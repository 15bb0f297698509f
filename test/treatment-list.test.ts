import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/treatment-list/define.js';
import '../src/components/provider/define.js';
import type { LimberElement } from '../src/element/limber-element.js';
import { warningsOfEachTest } from './support/warnings.js';
import { root, squash } from './support/dom.js';
import { TOPIC } from './support/lists.js';

describe('<limber-treatment-list>', () => {
  warningsOfEachTest();

  it('lists the five other treatments', async () => {
    const el = await fixture<LimberElement>(html`<limber-treatment-list topic=${TOPIC}></limber-treatment-list>`);
    expect([...root(el).querySelectorAll('[part~="treatments"] > li > h4')].map((h) => h.textContent)).to.deep.equal([
      'Support your posture with pillows',
      'A little rest, not bed rest',
      'Ice and heat',
      'Walking',
      'Pain relief medicines',
    ]);
  });

  it('renders quotes as real quotations attributed by name, credentials and role', async () => {
    const el = await fixture<LimberElement>(html`<limber-treatment-list topic=${TOPIC}></limber-treatment-list>`);
    const figure = root(el).querySelector('[part~="quote"]');
    expect(figure?.querySelector('blockquote p')?.textContent).to.equal(
      'Sitting in a slumped position can pull on the nerves and cause more sensitivity.',
    );
    expect(figure?.querySelector('figcaption')?.textContent).to.equal('CJ Morrow, PT, DPT, Physical Therapist');
    expect(root(el).querySelectorAll('blockquote')).to.have.length(6);
  });

  it('sets a sourced safety line and the UK view beside the article’s medicine advice, in short sentences', async () => {
    const el = await fixture<LimberElement>(html`<limber-treatment-list topic=${TOPIC}></limber-treatment-list>`);
    const notes = [...root(el).querySelectorAll('[part~="evidence"]')];
    const medicine = notes.at(-1);
    expect(squash(medicine?.querySelector('[part~="provenance"]')?.textContent)).to.equal(
      'Added by Limber from Arthritis Society Canada, U.S. Food and Drug Administration, National Institute for Health and Care Excellence and NHS 111 Wales',
    );
    // The note's words as read, without its citation markers.
    const words = medicine?.querySelector('p:not([part~="provenance"])')?.cloneNode(true) as Element;
    for (const marker of words.querySelectorAll('[part~="cite"]')) marker.remove();
    const note = squash(words.textContent);
    // Each drug with its own warning: acetaminophen's liver, from the FDA's current page.
    expect(note).to.match(
      /^Evidence note: Ibuprofen and naproxen may not be safe for you if you take a blood thinner, are pregnant, or have stomach, kidney, liver or heart problems\. Ask a pharmacist or doctor first\./,
    );
    expect(note).to.contain(
      'Acetaminophen (Tylenol) can harm your liver if you take more than the label says. It can also harm it if you take two medicines that both contain it, or drink 3 or more alcoholic drinks a day.',
    );
    expect(note).to.contain('Ask a doctor first if you have liver disease or take warfarin, a blood thinner.');
    expect(note).to.contain(
      'UK advice differs. A NICE guideline tells doctors they may offer medicines like ibuprofen for low back pain, but not acetaminophen on its own.',
    );
    // NHS 111 Wales's whole point: it doubts the anti-inflammatories too, not only paracetamol.
    expect(note).to.match(
      /NHS 111 Wales says paracetamol is unlikely to help sciatica\. It also says it is not clear how much medicines like ibuprofen help\.$/,
    );
    const sources = [...root(el).querySelectorAll('[part~="sources"] li')].map((li) => squash(li.textContent));
    const markers = [...(medicine?.querySelectorAll('a[part~="cite"]') ?? [])].map((a) => Number(a.textContent));
    expect(markers.map((n) => sources[n - 1]?.split(':')[0])).to.deep.equal([
      'Arthritis Society Canada',
      'U.S. Food and Drug Administration (2020)',
      'U.S. Food and Drug Administration',
      'National Institute for Health and Care Excellence (2020)',
      'NHS 111 Wales',
    ]);
    // The article's own disclaimer holds only the article's words.
    expect(squash(root(el).querySelector('[part~="treatments"]')?.textContent)).not.to.match(/a pharmacist or doctor can help/);
    expect(squash(root(el).querySelector('section > [part~="provenance"]')?.textContent)).to.equal('From the Hinge Health article (2023)');
    // Said once for the section, and again only where an item differs: the two evidence notes.
    const lines = [...root(el).querySelectorAll('[part~="provenance"]')].map((line) => squash(line.textContent));
    expect(lines).to.have.length(3);
    expect(lines.filter((line) => line.startsWith('From the Hinge Health'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
