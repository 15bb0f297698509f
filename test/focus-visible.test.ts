// WCAG 2.2 2.4.7 Focus visible and 2.4.11 Focus not obscured (minimum), on a phone-sized page whose
// host has a sticky header and gives its page the scroll padding GUIDE.md asks for: every part
// Tab and Shift+Tab reach, and every place Limber moves focus to itself, shows a focus ring and is
// not hidden under the header, in English and Spanish. (Each theme's ring colours are measured in
// test/non-text-contrast.test.ts.)
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { deep, deepActiveElement, focusPage, pressKey, root, settled, squash } from './support/dom.js';
import { LANGUAGES, START, everyElementPage, type Language } from './support/every-element.js';

const HEADER_HEIGHT = 72;

/** The host page's own header, sticky at the top, and the scroll padding that keeps focus below it. */
function stickyHeader(): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`html { scroll-padding-top: ${HEADER_HEIGHT + 8}px; }
    .host-header { position: sticky; top: 0; z-index: 10; height: ${HEADER_HEIGHT}px; background: #1d3557; color: #fff; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

const nameOf = (el: Element | null): string =>
  el ? `${el.localName} "${squash(el.textContent || el.getAttribute('aria-label')).slice(0, 40)}"` : 'nothing';

/** What is wrong with where focus is now: nothing shows it, or the header hides it. */
function focusProblem(header: HTMLElement): string | undefined {
  const el = deepActiveElement();
  if (!el || el === document.body) return 'focus is on nothing';
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const bottomOfHeader = header.getBoundingClientRect().bottom;
  if (el.matches(':focus-visible') && (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2))
    return `${nameOf(el)} shows no focus ring`;
  if (box.top < bottomOfHeader - 0.5)
    return `${nameOf(el)} is under the sticky header (top ${box.top.toFixed(0)} < ${bottomOfHeader.toFixed(0)})`;
  if (box.bottom > innerHeight + 0.5) return `${nameOf(el)} is below the viewport`;
  return undefined;
}

/** Presses `key` until focus leaves the wrapper; the problems met on the way, and how many stops. */
async function walk(key: 'Tab' | 'Shift+Tab', wrapper: HTMLElement, header: HTMLElement): Promise<{ stops: number; problems: string[] }> {
  const problems: string[] = [];
  let stops = 0;
  for (let i = 0; i < 400; i += 1) {
    await pressKey('Tab', key === 'Shift+Tab');
    const active = deepActiveElement();
    // Out of Limber's elements: back in the header, or past the end of the page.
    if (!active || !wrapper.contains(hostOf(active))) break;
    stops += 1;
    const problem = focusProblem(header);
    if (problem) problems.push(problem);
  }
  return { stops, problems };
}

/** Waits until a smooth scroll has come to rest: the page's scroll position unchanged for 5 frames. */
async function scrolled(): Promise<void> {
  let still = 0;
  let last = -1;
  for (let frame = 0; frame < 300 && still < 5; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    still = scrollY === last ? still + 1 : 0;
    last = scrollY;
  }
}

/** The outermost element of the light DOM that holds `el` (through shadow roots). */
function hostOf(el: Element): Element {
  let at: Element = el;
  while (at.getRootNode() instanceof ShadowRoot) at = (at.getRootNode() as ShadowRoot).host;
  return at;
}

describe('WCAG 2.2 2.4.7 focus visible and 2.4.11 focus not obscured, under a sticky header', () => {
  let removeHeader: () => void;
  beforeEach(async () => {
    await focusPage();
    await setViewport({ width: 390, height: 700 });
    removeHeader = stickyHeader();
  });
  afterEach(async () => {
    removeHeader();
    await setViewport({ width: 800, height: 600 });
  });

  /** The every-element page under a header holding a menu button (where Tab starts). */
  async function page(lang: Language, guided = true) {
    const { wrapper, card } = await everyElementPage(lang, 'default', { guided });
    const header = document.createElement('header');
    header.className = 'host-header';
    const menu = document.createElement('button');
    menu.textContent = 'Menu';
    header.append(menu);
    wrapper.before(header);
    await settled(wrapper);
    return { wrapper, card, header, menu };
  }

  for (const lang of LANGUAGES) {
    it(`${lang}: Tab from the top, and Shift+Tab back, show every part with a ring and none under the header`, async function () {
      this.timeout(120_000);
      const { wrapper, header, menu } = await page(lang);
      menu.focus();
      const forward = await walk('Tab', wrapper, header);
      expect(forward.stops, 'parts reached by Tab').to.be.at.least(60);
      expect(forward.problems, 'Tab').to.deep.equal([]);
      // From past the end, back up through everything.
      const last = [...deep(wrapper)]
        .filter((el) => el.matches('button:not(:disabled), a[href], select, input:not(:disabled), summary'))
        .at(-1) as HTMLElement;
      last.focus();
      window.scrollTo(0, document.documentElement.scrollHeight);
      const backward = await walk('Shift+Tab', wrapper, header);
      expect(backward.stops, 'parts reached by Shift+Tab').to.be.at.least(forward.stops - 1);
      expect(backward.problems, 'Shift+Tab').to.deep.equal([]);
      header.remove();
    });

    it(`${lang}: where Limber moves focus itself (a source, back to the text, a contents link, the guided mode) nothing is under the header`, async function () {
      this.timeout(60_000);
      const { wrapper, header, card } = await page(lang, false);
      const problems: string[] = [];
      const check = (what: string) => {
        const problem = focusProblem(header);
        if (problem) problems.push(`${what}: ${problem}`);
      };
      const article = wrapper.querySelector('limber-article')!;
      const links = [...deep(root(article))].filter((el): el is HTMLAnchorElement => el.localName === 'a');
      // A source marker in the text, then the way back.
      const marker = links.find(
        (a) => a.closest('sup') || /^(Source|Reference|Fuente|Referencia) \d/.test(a.getAttribute('aria-label') ?? ''),
      );
      expect(marker, `a source marker among ${links.length} links`).to.exist;
      marker!.click();
      await settled(wrapper);
      await scrolled();
      check('a source marker');
      const back = [...deep(wrapper)].find((el) => el.matches('button') && /Back to|Volver/.test(squash(el.textContent))) as
        HTMLElement | undefined;
      if (back) {
        back.click();
        await scrolled();
        check('back to the text');
      }
      // The last link of the article's contents list, to a section far down the page.
      const contents = links.filter((a) => a.closest('nav'));
      expect(contents.length, 'contents links').to.be.at.least(4);
      contents.at(-1)!.click();
      await scrolled();
      check('a contents link');
      // The guided mode takes focus to its first control, and gives it back on Close.
      card.scrollIntoView({ block: 'end' });
      const startButton = [...root(card).querySelectorAll('button')].find((b) => squash(b.textContent) === START[lang])!;
      startButton.focus();
      await sendKeys({ press: 'Enter' });
      await settled(wrapper);
      await scrolled();
      check('the guided mode opens');
      expect(problems).to.deep.equal([]);
      header.remove();
    });
  }
});
