import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/citations/define.js';
import '../src/components/causes/define.js';
import '../src/components/cite/define.js';
import type { LimberCitations } from '../src/components/citations/citations.js';
import type { LimberCite } from '../src/components/cite/cite.js';
import { warningsOfEachTest } from './support/warnings.js';
import { deepActiveElement, shownText, squash } from './support/dom.js';
import { SOURCE, TOPIC, TRANSLATIONS } from './support/lists.js';
import { SOURCE_TOPIC } from './support/topics.js';
import { WORDS } from './support/words.js';

async function settle(...elements: { updateComplete: Promise<unknown> }[]): Promise<void> {
  await Promise.all(elements.map((el) => el.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('<limber-citations> and <limber-cite>', () => {
  const warnings = warningsOfEachTest();

  it('lists the references under a "References" heading, in APA 7 with italics as elements', async () => {
    const el = await fixture<LimberCitations>(html`<limber-citations topic=${TOPIC}></limber-citations>`);
    const root = el.shadowRoot as ShadowRoot;
    expect(root.querySelector('h3#heading')?.textContent).to.equal('References');
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).to.equal('heading');
    const items = [...root.querySelectorAll('ol > li')];
    expect(items).to.have.length(24);
    const romeo = items[1] as HTMLElement;
    expect(romeo.id).to.equal('reference-2');
    expect(romeo.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Romeo, V., Covello, M., Salvatore, E., Parente, C. A., Abbenante, D., Biselli, R., Ciriello, M., Musolino, P., Salvatore, M., & Cangiano, A. (2019). ' +
        'High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight. ' +
        'Spine, 44(12), 872–878. https://doi.org/10.1097/BRS.0000000000002961',
    );
    expect([...romeo.querySelectorAll('i')].map((i) => i.textContent)).to.deep.equal(['Spine', '44']);
    expect(romeo.querySelector('a')?.getAttribute('href')).to.equal('https://doi.org/10.1097/BRS.0000000000002961');
    expect(romeo.textContent?.includes('*')).to.equal(false);
    expect([...(items[2] as HTMLElement).querySelectorAll('i')].map((i) => i.textContent)).to.deep.equal(['Sciatic nerve injury']);
    await expect(el).to.be.accessible();
  });

  it('tells readers how a reference was read where that matters: an older address, a licensed copy, a detail unverified, not found', async () => {
    const el = await fixture<LimberCitations>(html`<limber-citations topic=${TOPIC}></limber-citations>`);
    const notes = [...(el.shadowRoot as ShadowRoot).querySelectorAll('ol > li')].map((li) => ({
      text: squash(li.textContent),
      note: squash(li.querySelector('.reader-note')?.textContent),
    }));
    const noteOf = (start: string): string | undefined => notes.find((n) => n.text.startsWith(start))?.note;
    expect(noteOf('NHS inform. (n.d.). Sciatica.')).to.equal('Limber read this page at an older address of the same site.');
    expect(noteOf('Mayo Clinic Staff.')).to.equal('Limber read a copy that its publisher let another site use.');
    expect(noteOf('Ellis, R. F., Hing, W. A., & McNair')).to.equal(
      'Limber could not check some details of this reference, such as its issue or DOI.',
    );
    expect(noteOf('Sciatic nerve injury.')).to.equal('The source article lists this. Limber could not find it to read.');
    expect(noteOf('U.S. Food and Drug Administration. (n.d.). Careful')).to.equal('');
  });

  for (const lang of TRANSLATIONS) {
    it(`formats references in the page's language (${lang}), the works’ own words marked with their language`, async () => {
      const w = WORDS[lang];
      const el = await fixture<LimberCitations>(html`<limber-citations topic=${TOPIC} lang=${lang}></limber-citations>`);
      const items = [...(el.shadowRoot as ShadowRoot).querySelectorAll('ol > li')];
      // A web page with no date of its own: the language's "no date" and "Retrieved … from".
      const page = SOURCE_TOPIC.references.find((r) => r.URL && r.accessed && !r.issued && r.author?.[0] && 'literal' in r.author[0])!;
      const author = (page.author![0] as { literal: string }).literal;
      const [y, m, d] = page.accessed!['date-parts'][0];
      const shown = items.find((li) => squash(li.textContent).startsWith(`${author}.`)) as HTMLElement;
      expect(squash(shown.textContent)).to.contain(`(${w.apa.noDate}).`);
      expect(squash(shown.textContent)).to.contain(squash(`${w.apa.retrieved(y, m, d)}${page.URL}`));
      expect(shown.querySelector('i')?.getAttribute('lang')).to.equal(SOURCE);
      // A chapter: the language's "In", and a note the source article's list gave without an address.
      const index = SOURCE_TOPIC.references.findIndex((r) => r.type === 'chapter' && r.readerNote === 'not-read');
      const chapter = items[index] as HTMLElement;
      expect(squash(chapter.textContent)).to.contain(` ${w.apa.in} `);
      expect(squash(chapter.querySelector('.reader-note')?.textContent)).to.equal(w.readerNotes['not-read']);
      await expect(el).to.be.accessible();
    });
  }

  it('renders a marker named "Reference N" as a superscript link', async () => {
    const el = await fixture<LimberCite>(html`<limber-cite ref="romeo-2019-spine"></limber-cite>`);
    const link = el.shadowRoot?.querySelector('sup > a');
    expect(link?.textContent).to.equal('2');
    expect(link?.getAttribute('aria-label')).to.equal('Reference 2');
    expect(getComputedStyle(el).display).to.equal('inline');
  });

  it('moves focus across shadow roots to the reference, which offers a way back', async () => {
    const wrapper = await fixture(html`<div>
      <p>Disc changes are common without symptoms.<limber-cite ref="romeo-2019-spine"></limber-cite></p>
      <limber-citations topic=${TOPIC}></limber-citations>
    </div>`);
    const citations = wrapper.querySelector('limber-citations') as LimberCitations;
    const cite = wrapper.querySelector('limber-cite') as LimberCite;
    await settle(cite, citations);
    (cite.shadowRoot?.querySelector('a') as HTMLAnchorElement).click();
    await settle(citations);
    expect(deepActiveElement()?.id).to.equal('reference-2');
    const back = citations.shadowRoot?.querySelector<HTMLButtonElement>('button[part~="back"]');
    expect(back?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('↩ Back to text');
    back?.click();
    await settle(citations);
    expect(deepActiveElement()).to.equal(cite.shadowRoot?.querySelector('a'));
    expect(citations.shadowRoot?.querySelector('button')).to.equal(null);
    expect(citations.shadowRoot?.querySelector('#reference-2')?.textContent).to.match(/\S/);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns about an unknown reference and renders nothing', async () => {
    const el = await fixture<LimberCite>(html`<limber-cite ref="made-up-2024"></limber-cite>`);
    expect(el.shadowRoot?.querySelector('a')).to.equal(null);
    expect(shownText(el)).to.equal('');
    expect(warnings.messages).to.deep.equal(['<limber-cite>: no reference with id "made-up-2024" in the catalog']);
  });

  it('warns when no <limber-citations> on the page lists the reference', async () => {
    const el = await fixture<LimberCite>(html`<limber-cite ref="romeo-2019-spine"></limber-cite>`);
    (el.shadowRoot?.querySelector('a') as HTMLAnchorElement).click();
    await el.updateComplete;
    expect(warnings.messages).to.deep.equal(['<limber-cite>: no <limber-citations> on the page lists reference "romeo-2019-spine"']);
  });

  it('warns about an unknown topic', async () => {
    await fixture(html`<limber-citations topic="knees"></limber-citations>`);
    expect(warnings.messages).to.deep.equal(['<limber-citations>: no topic with id "knees" in the catalog']);
  });
});
