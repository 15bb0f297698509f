// WCAG 2.2 2.5.8 Target size (minimum), for every element in English and Spanish and in every
// theme, the guided mode's controls included: each button, field, disclosure and standalone link is
// at least 24 × 24 CSS px, or far enough from every other target that a 24 px circle around its
// centre meets no other target's circle (the spacing exception). A link inside a sentence is exempt.
import { expect } from '@open-wc/testing';
import { deep, squash } from './support/dom.js';
import { EVERY_THEME, LANGUAGES, everyElementPage } from './support/every-element.js';

const TARGETS = 'button, input, select, textarea, summary, a[href]';

/** A link whose block says more than the link: it sits inside a sentence, which 2.5.8 exempts. */
function inSentence(link: Element): boolean {
  let block = link.parentElement;
  while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
  return squash(block?.textContent).length > squash(link.textContent).length;
}

/** Every target on show below `node`, through shadow roots, with its box. */
function targets(node: ParentNode): { name: string; box: DOMRect }[] {
  return [...deep(node)]
    .filter((el) => el.matches(TARGETS) && !(el.localName === 'a' && inSentence(el)))
    .map((el) => ({
      name: `${el.localName} "${squash(el.textContent || el.getAttribute('aria-label')).slice(0, 40)}"`,
      box: el.getBoundingClientRect(),
    }))
    .filter(({ box }) => box.width > 0 && box.height > 0);
}

/** The targets smaller than 24 px whose 24 px circle meets another target's. */
function tooSmall(list: { name: string; box: DOMRect }[]): string[] {
  const centre = (box: DOMRect) => [box.left + box.width / 2, box.top + box.height / 2] as const;
  return list
    .filter(({ box }) => box.width < 24 || box.height < 24)
    .filter(({ box }, i) =>
      list.some((other, j) => {
        if (j === i) return false;
        const [[x1, y1], [x2, y2]] = [centre(box), centre(other.box)];
        return Math.hypot(x1 - x2, y1 - y2) < 24;
      }),
    )
    .map(({ name, box }) => `${name}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
}

describe('WCAG 2.2 2.5.8 target size, every element', () => {
  it('the check itself: two 16 px targets 20 px apart fail; 30 px apart they pass (the spacing exception)', () => {
    const at = (x: number) => ({ name: `at ${x}`, box: new DOMRect(x, 0, 16, 16) });
    expect(tooSmall([at(0), at(20)])).to.deep.equal(['at 0: 16.0 × 16.0', 'at 20: 16.0 × 16.0']);
    expect(tooSmall([at(0), at(30)])).to.deep.equal([]);
  });

  for (const lang of LANGUAGES) {
    for (const theme of EVERY_THEME) {
      it(`${lang}, ${theme}: every target is 24 × 24 px or spaced, the guided mode's controls too`, async () => {
        const { wrapper } = await everyElementPage(lang, theme);
        const found = targets(wrapper);
        expect(found.length, 'targets found').to.be.at.least(40);
        expect(
          found.some(({ name }) => name.startsWith('select')),
          'the guided pace menu is among them',
        ).to.equal(true);
        expect(tooSmall(found)).to.deep.equal([]);
      });
    }
  }
});
