// WCAG 2.2 1.4.11 Non-text contrast, for every element in English and Spanish, in the default
// styles (light and dark) and every theme, the guided mode included: each focus ring, each
// control's boundary (a border or a fill it draws), and each care level's markers (the card's
// border and its level badge) stand at least 3:1 against the colours next to them. The figures'
// body and arrows have their own test (test/figure-contrast.test.ts).
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { deep, focusPage, squash } from './support/dom.js';
import { backgroundOf, contrast, parse, type Rgb } from './support/contrast.js';
import { EVERY_THEME, LANGUAGES, everyElementPage, type Language, type Theme } from './support/every-element.js';

const FOCUSABLE = 'a[href], button, select, input, summary, [tabindex]:not([tabindex="-1"])';
const CONTROLS = 'button, select, summary, input, [part~="button"]';

/** Visible elements below `node` matching `selector`. */
function shown(node: ParentNode, selector: string): HTMLElement[] {
  return [...deep(node)].filter(
    (el): el is HTMLElement => el.matches(selector) && el.getClientRects().length > 0 && !el.closest('.visually-hidden'),
  );
}

const nameOf = (el: Element): string => `${el.localName} "${squash(el.textContent || el.getAttribute('aria-label')).slice(0, 30)}"`;

/**
 * Each focusable part's ring, focused: style, width and its contrast with what is behind it. Focus
 * goes from part to part without a blur, so each shows the ring a keyboard user sees (a focus
 * moved by script from a part that showed its ring shows one too).
 */
function ringProblems(node: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of shown(node, FOCUSABLE).filter((e) => !e.matches(':disabled'))) {
    el.focus();
    const style = getComputedStyle(el);
    const behind = backgroundOf(el, false);
    const ratio = contrast(parse(style.outlineColor).rgb, behind);
    if (!el.matches(':focus-visible') || style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2 || ratio < 3) {
      problems.push(`${nameOf(el)}: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}, ${ratio.toFixed(2)}:1`);
    }
  }
  return problems;
}

/** A colour that draws a boundary: a border at least 1 px wide and not transparent. */
function borderColour(style: CSSStyleDeclaration): Rgb | undefined {
  const { rgb, alpha } = parse(style.borderTopColor);
  return parseFloat(style.borderTopWidth) >= 1 && style.borderTopStyle !== 'none' && alpha > 0 ? rgb : undefined;
}

/**
 * Each control that draws a boundary (a border, or a fill unlike what is behind it) draws one at
 * least 3:1 against what is behind it. A control with neither is named by its words alone.
 */
function boundaryProblems(node: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of shown(node, CONTROLS)) {
    if (el.matches('input[type="checkbox"]')) continue; // drawn by the browser in the system's colours
    const behind = backgroundOf(el, false);
    const fill = contrast(backgroundOf(el), behind);
    const border = borderColour(getComputedStyle(el));
    const edge = border ? contrast(border, behind) : 1;
    const draws = border !== undefined || fill > 1.1;
    if (draws && Math.max(edge, fill) < 3) problems.push(`${nameOf(el)}: border ${edge.toFixed(2)}:1, fill ${fill.toFixed(2)}:1`);
  }
  return problems;
}

/** Each care card's border against the page, and its level badge's border against the card. */
function careMarkerProblems(node: ParentNode): { checked: number; problems: string[] } {
  const problems: string[] = [];
  let checked = 0;
  const cards = shown(node, '.card').filter(
    (el) => (el.getRootNode() as ShadowRoot).host?.localName === 'limber-care-card' || el.matches('.care'),
  );
  for (const card of cards) {
    const border = borderColour(getComputedStyle(card));
    const page = contrast(border ?? backgroundOf(card, false), backgroundOf(card, false));
    if (page < 3) problems.push(`${card.className} border: ${page.toFixed(2)}:1 against the page`);
    for (const badge of card.querySelectorAll<HTMLElement>('.level')) {
      const edge = borderColour(getComputedStyle(badge));
      const behind = backgroundOf(badge, false);
      const ratio = Math.max(edge ? contrast(edge, behind) : 1, contrast(backgroundOf(badge), behind));
      if (ratio < 3) problems.push(`${card.className} level badge: ${ratio.toFixed(2)}:1 against the card`);
      checked += 1;
    }
  }
  return { checked, problems };
}

describe('WCAG 2.2 1.4.11 non-text contrast: focus rings, control borders, care markers', () => {
  // Each case sets every media feature it depends on, whatever an earlier file left.
  const media = (dark = false) =>
    emulateMedia({ media: 'screen', colorScheme: dark ? 'dark' : 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
  afterEach(() => media());

  it('the checks themselves: a pale ring, a pale border and a pale badge are each reported', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`button:focus-visible { outline: 3px solid #ddd } button { border: 1px solid #eee; background: none }
      .care { border: 2px solid #eee } .level { border: 2px solid #fafafa }`);
    shadow.adoptedStyleSheets = [sheet];
    const button = document.createElement('button');
    button.textContent = 'Pale';
    const care = document.createElement('section');
    care.className = 'card care';
    const level = document.createElement('p');
    level.className = 'level';
    level.textContent = 'Urgent';
    care.append(level);
    shadow.append(button, care);
    document.body.append(host);
    try {
      await focusPage();
      await sendKeys({ press: 'Tab' });
      expect(ringProblems(shadow)).to.have.length(1);
      expect(boundaryProblems(shadow)).to.have.length(1);
      expect(careMarkerProblems(shadow).problems).to.have.length(2);
    } finally {
      host.remove();
    }
  });

  const cases: { lang: Language; theme: Theme; dark?: true }[] = LANGUAGES.flatMap((lang) => [
    ...EVERY_THEME.map((theme) => ({ lang, theme })),
    { lang, theme: 'default' as const, dark: true as const },
  ]);
  for (const { lang, theme, dark } of cases) {
    it(`${lang}, ${theme}${dark ? ' (dark colour scheme)' : ''}: focus rings, control boundaries and care markers are at least 3:1`, async function () {
      this.timeout(30_000);
      await media(dark);
      await focusPage();
      const { wrapper } = await everyElementPage(lang, theme);
      // Focus by keyboard first, as a keyboard user's would be: the rings below are the ones they see.
      await sendKeys({ press: 'Tab' });
      const rings = shown(wrapper, FOCUSABLE);
      expect(rings.length, 'focusable parts').to.be.at.least(40);
      expect(ringProblems(wrapper), 'focus rings').to.deep.equal([]);
      expect(boundaryProblems(wrapper), 'control boundaries').to.deep.equal([]);
      const care = careMarkerProblems(wrapper);
      expect(care.checked, 'care level badges').to.be.at.least(3);
      expect(care.problems, 'care markers').to.deep.equal([]);
    });
  }
});
