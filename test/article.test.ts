import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/components/article/define.js';
import type { LimberArticle } from '../src/components/article/article.js';
import { warningsOfEachTest } from './support/warnings.js';
import { deep, deepActiveElement, root, settled, shownText } from './support/dom.js';
import { TOPIC } from './support/lists.js';

/** Heading levels of the composed tree, in order. */
function headingLevels(el: Element): number[] {
  return [...deep(root(el))].filter((e) => /^H[1-6]$/.test(e.tagName)).map((e) => Number(e.tagName[1]));
}

async function article(attributes = ''): Promise<LimberArticle> {
  const wrapper = await fixture(html`<div></div>`);
  const el = document.createElement('limber-article');
  el.setAttribute('topic', TOPIC);
  for (const [name, value] of attributes
    .split(' ')
    .filter(Boolean)
    .map((a) => a.split('=')))
    el.setAttribute(name ?? '', value ?? '');
  wrapper.append(el);
  await settled(el);
  return el;
}

interface LimberElementLike extends Element {
  readonly updateComplete: Promise<boolean>;
}

describe('<limber-article>', () => {
  const warnings = warningsOfEachTest();

  it('opens with the title, summary, dates and source', async () => {
    const el = await article();
    const header = el.shadowRoot?.querySelector('[part~="header"]');
    expect(header?.querySelector('h2#heading')?.textContent).to.equal('Exercises for a pinched nerve in the low back');
    const dates = [...(header?.querySelectorAll('[part~="dates"] > div') ?? [])].map(
      (d) => `${d.querySelector('dt')?.textContent}: ${d.querySelector('dd')?.textContent}`,
    );
    expect(dates).to.deep.equal([
      'Source article published: May 3, 2023',
      'First published here: November 26, 2026',
      'Updated: December 7, 2026',
      'Sources last checked: December 7, 2026 (not reviewed by a clinician)',
      'Next review: June 7, 2027',
    ]);
    expect(header?.querySelector('time')?.getAttribute('datetime')).to.equal('2023-05-03');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('says plainly in its header what the page is: based on the named article, plus additions', async () => {
    const el = await article();
    const about = el.shadowRoot?.querySelector('[part~="about"]')?.textContent ?? '';
    expect(about).to.equal(
      'Limber based this page on an article by Hinge Health, “Best Exercises to Get Relief from a Pinched Nerve in Your Low Back, According to Physical Therapists” (May 3, 2023). Limber added exercises, care advice and notes from public sources, checked December 7, 2026. Each part says where it comes from.',
    );
  });

  it('keeps the source article’s statement and quote about its own exercises apart from the exercises Limber added', async () => {
    const el = await article();
    const exercises = el.shadowRoot?.querySelector('#exercises');
    const fromSource = exercises?.querySelector('.from-source');
    const added = exercises?.querySelector('.added');
    expect(fromSource?.querySelector('[part~="provenance"]')?.textContent).to.equal('From the Hinge Health article (2023)');
    expect(fromSource?.querySelector('blockquote')?.textContent).to.contain('Basically, they help calm down the nerve');
    expect(added?.querySelector('blockquote')).to.equal(null);
    expect(added?.querySelector('[part~="provenance"]')?.textContent).to.match(/^Added by Limber from /);
    expect(added?.querySelector('limber-exercise-list')).to.exist;
    expect(added?.querySelector('limber-disclaimer')?.getAttribute('kind')).to.equal('exercise');
    expect(fromSource?.querySelector('limber-exercise-list')).to.equal(null);
  });

  it('names the source article’s experts after everything Limber added, saying they did not review it', async () => {
    const el = await article();
    const experts = el.shadowRoot?.querySelector('#experts');
    expect(experts?.querySelector('h3')?.textContent).to.equal('Experts named in the source article');
    const list = experts?.querySelector('limber-expert-list');
    await (list as LimberElementLike).updateComplete;
    expect(list?.shadowRoot?.querySelector('[part~="provenance"]')?.textContent).to.equal(
      'These experts are named in the Hinge Health article (2023). They took part in that article only; they have not reviewed what Limber added.',
    );
    const sections = [...(el.shadowRoot?.querySelector('article')?.children ?? [])].map((child) => child.id);
    for (const added of ['exercises', 'care']) expect(sections.indexOf('experts')).to.be.greaterThan(sections.indexOf(added));
  });

  it('puts when to get help first, emergency card first, before the causes and any exercise', async () => {
    const el = await article('cta-href=https://example.org/coverage');
    const order = [...(el.shadowRoot?.querySelector('article')?.children ?? [])].map((child) => child.id || child.localName);
    expect(order).to.deep.equal([
      'header',
      'nav',
      'div',
      'care',
      'causes',
      'exercises',
      'treatments',
      'limber-disclaimer',
      'tip-pre-treat-with-heat',
      'cta',
      'limber-disclaimer',
      'experts',
      'references',
    ]);
    const cards = [...(el.shadowRoot?.querySelectorAll('#care limber-care-card') ?? [])];
    expect(cards.map((card) => card.getAttribute('level'))).to.deep.equal(['emergency', 'urgent', 'non-urgent']);
    // In reading order, the emergency number comes before the first exercise's name.
    const text = [...deep(root(el))]
      .filter((node) => node.localName === 'p' || /^h[1-6]$/.test(node.localName))
      .map((node) => node.textContent ?? '');
    const call = text.findIndex((t) => t.startsWith('Call your local emergency number'));
    const firstExercise = text.indexOf('Sciatic nerve slider');
    expect(call).to.be.greaterThan(-1);
    expect(firstExercise).to.be.greaterThan(call);
    // The list inside says the signs are above, so neither it nor its cards repeat them.
    const list = el.shadowRoot?.querySelector('limber-exercise-list');
    expect(list?.hasAttribute('emergency-above')).to.equal(true);
    expect(list?.shadowRoot?.querySelector('[part~="emergency"]')).to.equal(null);
    expect(list?.shadowRoot?.querySelector('limber-exercise-card')?.shadowRoot?.querySelector('[part~="emergency"]')).to.equal(null);
    // What they show instead: the cards, each opening with its name.
    const firstCard = list?.shadowRoot?.querySelector('limber-exercise-card') as Element;
    expect(shownText(firstCard)).to.match(/^Sciatic nerve slider/);
  });

  it('leaves out the call to action unless the host gives cta-href', async () => {
    const el = await article();
    expect(el.shadowRoot?.querySelector('limber-cta')).to.equal(null);
    // The article still ends with its references.
    expect(el.shadowRoot?.querySelector('limber-citations')?.shadowRoot?.textContent).to.contain('References');
    expect([...(el.shadowRoot?.querySelectorAll('nav a') ?? [])].map((a) => a.textContent)).not.to.include('How Hinge Health can help');
  });

  for (const level of [undefined, 1, 4]) {
    it(`never skips a heading level (heading-level=${level ?? 'default'})`, async () => {
      const el = await article(level === undefined ? '' : `heading-level=${level}`);
      const levels = headingLevels(el);
      expect(levels[0]).to.equal(level ?? 2);
      expect(levels.length).to.be.greaterThan(40);
      levels.forEach((current, i) => {
        const previous = levels[i - 1];
        if (previous !== undefined) expect(current, `heading ${i}: h${previous} then h${current}`).to.be.at.most(previous + 1);
        expect(current).to.be.at.least(levels[0] ?? 1);
      });
    });
  }

  it('moves focus to a section when its contents link is used, across shadow roots', async () => {
    const el = await article();
    const links = [...(el.shadowRoot?.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Contents"] a') ?? [])];
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'When to get help',
      'What causes a pinched nerve in the low back',
      'Exercises for a pinched nerve in the low back',
      'Other treatments for a pinched nerve in the low back',
      'Tip: Pre-treat with heat',
      'Experts named in the source article',
      'References',
    ]);
    links[0]?.click();
    expect(deepActiveElement()?.id).to.equal('care-heading');
    links[1]?.click();
    expect(deepActiveElement()?.textContent).to.equal('What causes a pinched nerve in the low back');
    links[2]?.click();
    expect(deepActiveElement()?.id).to.equal('exercises-heading');
    links[6]?.click();
    expect(deepActiveElement()?.textContent).to.equal('References');
  });

  it('passes axe as a whole', async () => {
    const el = await article('cta-href=/coverage');
    await expect(el).to.be.accessible();
  });

  describe('in print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('hides the contents list and buttons and writes out link URLs', async () => {
      const el = await article('cta-href=https://example.org/coverage');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(el.shadowRoot?.querySelector('nav') as Element).display).to.equal('none');
      // References already print their DOI or URL as the link text.
      const citations = el.shadowRoot?.querySelector('limber-citations');
      const doi = citations?.shadowRoot?.querySelector('a[href^="https://doi.org"]');
      expect(doi?.textContent).to.equal(doi?.getAttribute('href'));
      const disclaimer = el.shadowRoot?.querySelector('limber-disclaimer');
      expect(disclaimer?.shadowRoot?.querySelector('button')).to.equal(null);
      expect(shownText(disclaimer as Element)).to.match(/^About these exercises:/);
      const cta = el.shadowRoot?.querySelector('limber-cta')?.shadowRoot?.querySelector('a') as Element;
      expect(getComputedStyle(cta, '::after').content).to.equal('" (https://example.org/coverage)"');
    });

    it('prints every provenance line, in black', async () => {
      const el = await article();
      await emulateMedia({ media: 'print' });
      const lines = [
        ...(el.shadowRoot?.querySelectorAll('[part~="provenance"]') ?? []),
        ...[...(el.shadowRoot?.querySelectorAll('limber-care-card, limber-causes') ?? [])].flatMap((child) => [
          ...(child.shadowRoot?.querySelectorAll('[part~="provenance"]') ?? []),
        ]),
      ];
      expect(lines.length).to.be.at.least(6);
      for (const line of lines) {
        const style = getComputedStyle(line);
        expect(style.display, line.textContent ?? '').not.to.equal('none');
        expect(style.color).to.equal('rgb(0, 0, 0)');
      }
    });
  });

  it('warns about an unknown topic and renders nothing', async () => {
    const wrapper = await fixture(html`<limber-article topic="knees"></limber-article>`);
    expect(wrapper.shadowRoot?.querySelector('article')).to.equal(null);
    expect(shownText(wrapper)).to.equal('');
    expect(warnings.messages).to.deep.equal(['<limber-article>: no topic with id "knees" in the catalog']);
  });
});
