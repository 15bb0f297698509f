// WCAG 2.2 1.4.10 reflow and 1.4.4 resize text, for one of each element in English, Spanish and
// the long pseudo-locale (en-XA): at 320 CSS px wide, and with text at 200 % at 640 px (a 1280 px
// window zoomed 200 %), nothing scrolls sideways and nothing runs past the edge.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/limber.js';
import { overflowing, settled } from './support/dom.js';
import { LANGUAGES, TOPIC } from './support/lists.js';
import { PSEUDO_LOCALES } from '../src/locale/languages.js';

const page = (lang: string) => html`<div lang=${lang}>
  <limber-disclaimer kind="video" variant="banner" dismissible></limber-disclaimer>
  <limber-expert-card person="cj-morrow"></limber-expert-card>
  <limber-exercise-card exercise="knee-rolls"></limber-exercise-card>
  <limber-care-card level="emergency"></limber-care-card>
  <limber-article topic=${TOPIC} cta-href="/coverage" region="us"></limber-article>
</div>`;

/**
 * Text at 200 %, as a reader's default text size of 32 px (twice the usual 16) sets it: the page's
 * root font doubled, and the elements' base size, which follows the reader's default (`medium`), too.
 */
const bigText = new CSSStyleSheet();
bigText.replaceSync('html { font-size: 200%; --limber-font-size: 32px; }');

describe('WCAG 2.2 1.4.10 reflow and 1.4.4 text at 200 %', () => {
  afterEach(async () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== bigText);
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of [...LANGUAGES, PSEUDO_LOCALES[0]]) {
    for (const [label, width, doubled] of [
      ['320 px wide', 320, false],
      ['text at 200 %, 640 px wide', 640, true],
    ] as const) {
      it(`${lang}, ${label}: nothing scrolls sideways or runs past the edge`, async function () {
        this.timeout(20_000);
        await setViewport({ width, height: 800 });
        if (doubled) document.adoptedStyleSheets = [...document.adoptedStyleSheets, bigText];
        const wrapper = await fixture<HTMLElement>(page(lang));
        await settled(wrapper);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (doubled) {
          // The text really is doubled, inside the elements too.
          const step = wrapper.querySelector('limber-exercise-card')?.shadowRoot?.querySelector('.steps li') as Element;
          expect(parseFloat(getComputedStyle(step).fontSize), 'a step’s text').to.be.at.least(32);
        }
        expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(width);
        expect(overflowing(wrapper, width).slice(0, 5)).to.deep.equal([]);
      });
    }
  }
});
