// The pseudo-locales: en-XA (accented, about 40 % longer) finds words that skip the message tables
// and text that does not fit; ar-XB (the same, right to left) shows every element mirrored.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/limber.js';
import { deep, root, settled, overflowing } from './support/dom.js';
import { TOPIC } from './support/lists.js';

/** One of each element, as a page would place them. */
const page = (lang: string) => html`<div lang=${lang}>
  <limber-disclaimer kind="video" variant="banner" dismissible></limber-disclaimer>
  <limber-expert-card person="cj-morrow"></limber-expert-card>
  <limber-exercise-card exercise="knee-rolls"></limber-exercise-card>
  <limber-care-card level="emergency"></limber-care-card>
  <limber-article topic=${TOPIC} cta-href="/coverage" region="us"></limber-article>
</div>`;

/** Text runs a reader meets, through every shadow root; reference lists (cited as published) and scripts (the article's JSON-LD) left out. */
function textRuns(node: Node, runs: string[] = []): string[] {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.textContent ?? '').trim();
    if (text) runs.push(text);
    return runs;
  }
  if (node instanceof Element) {
    if (node.localName === 'style' || node.localName === 'script' || /\b(sources|reference)\b/.test(node.getAttribute('part') ?? ''))
      return runs;
    for (const child of node.shadowRoot?.childNodes ?? []) textRuns(child, runs);
  }
  for (const child of node.childNodes) textRuns(child, runs);
  return runs;
}

describe('pseudo-locales', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('en-XA: every word comes from a message table or the content (nothing hard-coded in English)', async function () {
    this.timeout(20_000);
    const wrapper = await fixture(page('en-XA'));
    await settled(wrapper);
    const plain = textRuns(wrapper)
      .map((run) => run.replace(/⟦[^⟧]*⟧/g, ''))
      .filter((rest) => /[A-Za-z]{2}/.test(rest));
    expect(plain).to.deep.equal([]);
    // It really is the pseudo-locale: the card's heading is accented.
    const card = root(wrapper.querySelector('limber-exercise-card') as Element);
    expect(card.querySelector('#name')?.textContent?.trim()).to.equal('⟦Ķñéééé ŕööļļš⟧');
  });

  it('en-XA at 320 px: the longer words wrap, nothing scrolls sideways', async function () {
    this.timeout(20_000);
    await setViewport({ width: 320, height: 640 });
    const wrapper = await fixture(page('en-XA'));
    await settled(wrapper);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(320);
    const wide = overflowing(wrapper, 320);
    expect(wide.slice(0, 5)).to.deep.equal([]);
  });

  it('ar-XB: each element lays out right to left — start borders, list markers and icons on the right', async function () {
    this.timeout(20_000);
    const wrapper = await fixture(page('ar-XB'));
    await settled(wrapper);
    const card = root(wrapper.querySelector('limber-exercise-card') as Element);
    const article = card.querySelector('article') as HTMLElement;
    expect(article.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(article).direction).to.equal('rtl');

    // Numbered steps: the room for the step numbers is on the right.
    const steps = getComputedStyle(card.querySelector('.steps > li') as Element);
    expect(parseFloat(steps.paddingRight)).to.be.greaterThan(0);
    expect(parseFloat(steps.paddingLeft)).to.equal(0);

    // The stop icon comes first in reading order, so it sits right of the heading's words.
    const icon = card.querySelector('.stop-icon') as Element;
    const stopHeading = icon.parentElement as Element;
    expect(icon.getBoundingClientRect().left).to.be.greaterThan(
      stopHeading.getBoundingClientRect().left + stopHeading.getBoundingClientRect().width / 2,
    );

    // A quote's start border is on the right.
    const articleRoot = root(wrapper.querySelector('limber-article') as Element);
    const quote = getComputedStyle(articleRoot.querySelector('.quote') as Element);
    expect([quote.borderRightWidth, quote.borderLeftWidth]).to.deep.equal(['4px', '0px']);

    // The way back from a reference points the other way.
    const articleShadow = root(wrapper.querySelector('limber-article') as Element);
    const cite = [...deep(articleShadow)].find((el) => el.localName === 'limber-cite') as Element;
    (root(cite).querySelector('a') as HTMLAnchorElement).click();
    const citations = [...deep(articleShadow)].find((el) => el.localName === 'limber-citations') as Element & {
      updateComplete: Promise<unknown>;
    };
    await citations.updateComplete;
    const arrow = root(citations).querySelector('.back-arrow') as Element;
    expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');

    // Every element's content root says rtl.
    const roots = [...deep(wrapper)]
      .filter((el) => el.localName.startsWith('limber-') && el.shadowRoot)
      .flatMap((el) => [...root(el).children].filter((child) => child.localName !== 'style'));
    expect(roots.length).to.be.greaterThan(10);
    expect(roots.filter((el) => el.getAttribute('dir') !== 'rtl').map((el) => el.localName)).to.deep.equal([]);
  });
});
