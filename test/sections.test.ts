import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/components/causes/define.js';
import '../src/components/treatment-list/define.js';
import '../src/components/tip/define.js';
import '../src/components/expert-card/define.js';
import '../src/components/expert-list/define.js';
import '../src/context/define.js';
import type { LimberElement } from '../src/base/limber-element.js';
import type { LimberExpertList } from '../src/components/expert-list/expert-list.js';
import { captureWarnings, type WarningCapture } from './support/warnings.js';

const root = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;
const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('section elements', () => {
  let warnings: WarningCapture;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('<limber-causes>', () => {
    it('names its section by its heading and lists each cause under its own heading', async () => {
      const el = await fixture<LimberElement>(html`<limber-causes topic="pinched-nerve-low-back"></limber-causes>`);
      const section = root(el).querySelector('section');
      expect(section?.getAttribute('aria-labelledby')).to.equal('heading');
      expect(root(el).querySelector('h3#heading')?.textContent).to.equal('What causes a pinched nerve in the low back');
      expect([...root(el).querySelectorAll('[part~="causes"] h4')].map((h) => h.textContent)).to.deep.equal(['Herniated disc', 'Spinal stenosis']);
      expect(root(el).querySelector('em')?.textContent).to.equal('lumbar spondylosis');
    });

    it('keeps the reassurance with its citation to Romeo et al.', async () => {
      const el = await fixture<LimberElement>(html`<limber-causes topic="pinched-nerve-low-back"></limber-causes>`);
      const reassurance = root(el).querySelector('[part~="reassurance"]');
      expect(squash(reassurance?.textContent)).to.contain('many people whose scans show these changes have no symptoms at all');
      const marker = reassurance?.querySelector<HTMLAnchorElement>('a[part~="cite"]');
      expect(marker?.getAttribute('aria-label')).to.equal('Source 1');
      expect(squash(root(el).querySelector(marker?.getAttribute('href') ?? '#none')?.textContent)).to.match(/^Romeo et al\. \(2019\)/);
      expect(squash(root(el).querySelector('[part~="provenance"]')?.textContent)).to.equal('From the Hinge Health article (2023)');
      await expect(el).to.be.accessible();
    });

    it('follows heading-level', async () => {
      const el = await fixture<LimberElement>(html`<limber-causes topic="pinched-nerve-low-back" heading-level="2"></limber-causes>`);
      expect(root(el).querySelector('#heading')?.tagName).to.equal('H2');
      expect(root(el).querySelector('[part~="causes"] h3')).not.to.equal(null);
    });

    it('warns about a missing topic', async () => {
      await fixture(html`<limber-causes></limber-causes>`);
      await aTimeout(10); // missing configuration is reported one task later
      expect(warnings.messages).to.deep.equal(['<limber-causes>: set the "topic" attribute to a topic id']);
    });
  });

  describe('<limber-treatment-list>', () => {
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
      expect(figure?.querySelector('blockquote p')?.textContent).to.equal('Sitting in a slumped position can pull on the nerves and cause more sensitivity.');
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
      expect(squash(medicine?.textContent)).to.match(/Evidence note: UK guidance differs on one of these\. NICE’s guideline on low back pain and sciatica \(2016, updated 2020, so already in place when the article was written\)/);
      expect(squash(medicine?.textContent)).not.to.match(/Later guidance/);
      const sources = [...root(el).querySelectorAll('[part~="sources"] li')].map((li) => squash(li.textContent));
      const markers = [...(medicine?.querySelectorAll('a[part~="cite"]') ?? [])].map((a) => Number(a.textContent));
      expect(markers.map((n) => sources[n - 1]?.split(':')[0])).to.deep.equal(['National Institute for Health and Care Excellence (2016)', 'NHS 111 Wales']);
      expect(squash(root(el).querySelector('section > [part~="provenance"]')?.textContent)).to.equal('From the Hinge Health article (2023)');
      // Said once for the section, and again only where an item differs: the two evidence notes.
      const lines = [...root(el).querySelectorAll('[part~="provenance"]')].map((line) => squash(line.textContent));
      expect(lines).to.have.length(3);
      expect(lines.filter((line) => line.startsWith('From the Hinge Health'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('<limber-tip>', () => {
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
      expect(warnings.messages).to.deep.equal(['<limber-tip>: no tip with id "ice-baths" in the catalog']);
    });
  });

  describe('<limber-expert-card> and <limber-expert-list>', () => {
    it('shows name, credentials, role, job title and bio', async () => {
      const el = await fixture<LimberElement>(html`<limber-expert-card person="jonathan-lee"></limber-expert-card>`);
      expect(root(el).querySelector('#heading')?.textContent).to.equal('Jonathan Lee, MD, MBA');
      expect(squash(root(el).querySelector('[part~="role"]')?.textContent)).to.equal('Medical reviewer · Orthopedic Surgeon');
      expect(squash(root(el).querySelector('[part~="bio"]')?.textContent)).to.contain('Associate Medical Director');
      await expect(el).to.be.accessible();
    });

    it("lists a topic's experts, filtered by expert-role", async () => {
      const el = await fixture<LimberExpertList>(html`<limber-expert-list topic="pinched-nerve-low-back"></limber-expert-list>`);
      expect([...root(el).querySelectorAll('limber-expert-card')].map((c) => c.getAttribute('person'))).to.deep.equal(['cj-morrow', 'jonathan-lee', 'dylan-peterson']);
      el.expertRole = 'clinical-reviewer';
      await el.updateComplete;
      expect(el.getAttribute('expert-role')).to.equal('clinical-reviewer');
      expect([...root(el).querySelectorAll('limber-expert-card')].map((c) => c.getAttribute('person'))).to.deep.equal(['dylan-peterson']);
      expect(el.getAttribute('role')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('warns about an unknown person and an unknown role', async () => {
      await fixture(html`<limber-expert-card person="dr-nobody"></limber-expert-card>`);
      await fixture(html`<limber-expert-list topic="pinched-nerve-low-back" expert-role="surgeon"></limber-expert-list>`);
      expect(warnings.messages).to.deep.equal([
        '<limber-expert-card>: no person with id "dr-nobody" in the catalog',
        '<limber-expert-list>: expert-role "surgeon" is not one of author, expert, medical-reviewer, clinical-reviewer; showing all',
      ]);
    });
  });
});
