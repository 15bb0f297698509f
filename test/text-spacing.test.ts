// WCAG 2.2 1.4.12 Text spacing, for every element in English and Spanish and every theme, the
// guided mode included: with line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em and
// word spacing 0.16 em set inside every shadow root (as a reader's bookmarklet or extension would),
// no text is clipped, hidden or overlapping other text.
import { expect } from '@open-wc/testing';
import { deep } from './support/dom.js';
import { EVERY_THEME, LANGUAGES, everyElementPage } from './support/every-element.js';

const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p, li, dd, blockquote { margin-block-end: 2em !important; }`;

/** Adds the spacing to the document and to every shadow root below `node`; returns how to take it away. */
function applySpacing(node: ParentNode): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  const roots: (Document | ShadowRoot)[] = [document, ...[...deep(node)].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
  for (const r of roots) r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
  return () => {
    for (const r of roots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Hidden on purpose: text for screen readers only, or a closed disclosure's contents. */
function hiddenOnPurpose(el: Element): boolean {
  return !!el.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)');
}

/** Elements that cut off their own content: overflow hidden or clip, with more inside than shows. */
function clipping(node: ParentNode): string[] {
  return [...deep(node)]
    .filter((el) => !hiddenOnPurpose(el))
    .filter((el) => {
      const style = getComputedStyle(el);
      const cuts = /hidden|clip/.test(`${style.overflowX} ${style.overflowY}`);
      return cuts && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
    })
    .map((el) => `${el.localName}.${el.className}`);
}

interface TextBox {
  readonly text: string;
  readonly box: DOMRect;
  readonly node: Text;
}

/** Every line box of visible text below `node`. */
function textBoxes(node: ParentNode): TextBox[] {
  const boxes: TextBox[] = [];
  const containers: ParentNode[] = [node, ...[...deep(node)].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
  for (const container of containers) {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
      const parent = text.parentElement;
      if (!parent || !text.data.trim() || hiddenOnPurpose(parent) || parent.closest('style, script, svg, select')) continue;
      if (getComputedStyle(parent).visibility === 'hidden') continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const box of range.getClientRects())
        if (box.width > 1 && box.height > 1) boxes.push({ text: text.data.trim().slice(0, 30), box, node: text });
    }
  }
  return boxes;
}

/** Pairs of text line boxes from different text that overlap by more than 2 px each way. */
function overlapping(boxes: TextBox[]): string[] {
  const found: string[] = [];
  const sorted = [...boxes].sort((a, b) => a.box.top - b.box.top);
  for (const [i, a] of sorted.entries()) {
    for (const b of sorted.slice(i + 1)) {
      if (b.box.top >= a.box.bottom - 2) break;
      if (a.node === b.node) continue;
      const wide = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const tall = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (wide > 2 && tall > 2) found.push(`"${a.text}" and "${b.text}"`);
    }
  }
  return found;
}

describe('WCAG 2.2 1.4.12 text spacing, every element', () => {
  it('the checks themselves: they find text clipped by its box and text on top of other text', async () => {
    const box = document.createElement('div');
    const shadow = box.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p class="cut">A sentence far too long for its box</p><p class="a">First</p><p class="b">Second</p>';
    const style = new CSSStyleSheet();
    style.replaceSync('.cut { width: 40px; height: 1em; overflow: hidden; white-space: nowrap } .b { margin-top: -1.2em }');
    shadow.adoptedStyleSheets = [style];
    const host = document.createElement('div');
    host.append(box);
    document.body.append(host);
    try {
      expect(clipping(host)).to.deep.equal(['p.cut']);
      expect(overlapping(textBoxes(host))).to.deep.equal(['"First" and "Second"']);
    } finally {
      host.remove();
    }
  });

  for (const lang of LANGUAGES) {
    for (const theme of EVERY_THEME) {
      it(`${lang}, ${theme}: no text is clipped, hidden or overlapping, the guided mode's included`, async function () {
        this.timeout(30_000);
        const { wrapper } = await everyElementPage(lang, theme);
        const remove = applySpacing(wrapper);
        try {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          // The spacing reached every shadow root: each paragraph is 1.5 lines high and spaced out.
          const paragraphs = [...deep(wrapper)].filter((el) => el.localName === 'p' && !hiddenOnPurpose(el));
          expect(paragraphs.length, 'paragraphs').to.be.at.least(50);
          for (const p of paragraphs) {
            const style = getComputedStyle(p);
            expect(
              parseFloat(style.lineHeight) / parseFloat(style.fontSize),
              `line height of "${p.textContent?.trim().slice(0, 30)}"`,
            ).to.be.closeTo(1.5, 0.01);
            expect(parseFloat(style.letterSpacing) / parseFloat(style.fontSize)).to.be.closeTo(0.12, 0.01);
          }
          expect(clipping(wrapper), 'clipped').to.deep.equal([]);
          const boxes = textBoxes(wrapper);
          expect(boxes.length, 'lines of text').to.be.at.least(300);
          expect(overlapping(boxes), 'overlapping').to.deep.equal([]);
        } finally {
          remove();
        }
      });
    }
  }
});
