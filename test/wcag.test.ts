import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/components/article/define.js';
import '../src/components/expert-card/define.js';
import type { LimberElement } from '../src/element/limber-element.js';
import type { Exercise } from '../src/model/index.js';
import { captureWarnings, type WarningCapture } from './support/warnings.js';
import { deep, focusPage, settled, overflowing } from './support/dom.js';
import { TOPIC } from './support/lists.js';

const longWords: Exercise = {
  id: 'long',
  name: 'Supercalifragilisticexpialidocious-pneumonoultramicroscopicsilicovolcanoconiosis stretch',
  goal: 'flexibility',
  startingPosition: 'See https://www.example.org/a/very/long/path/that/never/breaks/naturally/because/it/has/no/spaces/at/all/index.html',
  steps: ['Hold'.repeat(40)],
  dosage: { reps: 2 },
  stopIf: ['pain'],
  references: ['nhs-inform-back-exercises'],
};

async function page(): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <limber-exercise-card .data=${longWords}></limber-exercise-card>
    <limber-disclaimer kind="video" dismissible></limber-disclaimer>
    <limber-article topic=${TOPIC} cta-href="https://example.org/coverage-with-a-long-address/and/more/segments"></limber-article>
  </div>`);
  await settled(wrapper);
  return wrapper;
}

describe('WCAG 2.2 AA beyond axe defaults', () => {
  let warnings: WarningCapture;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings.restore();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none' });
  });

  it('1.4.10 reflow: at 320 px wide, long words and URLs cause no horizontal scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    const wrapper = await page();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(320);
    const wide = overflowing(wrapper, 320);
    expect(wide.slice(0, 5)).to.deep.equal([]);
  });

  it('1.4.12 text spacing, injected into the document and every shadow root, clips nothing', async () => {
    const wrapper = await page();
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
    for (const el of deep(wrapper)) if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, spacing];
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const clipped = [...deep(wrapper)].filter((el) => {
      const style = getComputedStyle(el);
      const hides = /hidden|clip/.test(style.overflowX + style.overflowY) && !el.classList.contains('visually-hidden');
      return hides && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
    });
    expect(clipped.map((el) => el.localName)).to.deep.equal([]);
    expect(getComputedStyle(wrapper.querySelector('limber-exercise-card')!.shadowRoot!.querySelector('p')!).letterSpacing).to.not.equal(
      'normal',
    );
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== spacing);
  });

  it('2.5.8 target size: every standalone control is at least 24 × 24 px', async () => {
    const wrapper = await page();
    const citations = [...deep(wrapper)].find((e) => e.localName === 'limber-citations') as LimberElement;
    // Follow a citation so the "Back to text" button exists too.
    const cite = [...deep(wrapper)].find((e) => e.localName === 'limber-cite') as LimberElement;
    (cite.shadowRoot!.querySelector('a') as HTMLElement).click();
    await citations.updateComplete;
    const controls = [...deep(wrapper)].filter((el) => el.localName === 'button' || el.matches('[part~="button"]'));
    expect(controls.length).to.be.at.least(3);
    for (const control of controls) {
      const { width, height } = control.getBoundingClientRect();
      expect(Math.min(width, height), `${control.localName}.${control.className}`).to.be.at.least(24);
    }
  });

  it('forced colours: focus rings, step markers and care-card borders stay visible', async () => {
    // :focus matches only in the page that has the window's focus (another file's page may have it).
    await focusPage();
    await emulateMedia({ forcedColors: 'active' });
    const wrapper = await page();
    const card = wrapper.querySelector('limber-exercise-card')!.shadowRoot!;
    const marker = getComputedStyle(card.querySelector('.steps > li')!, '::before');
    expect(marker.borderTopStyle).to.equal('solid');
    expect(parseFloat(marker.borderTopWidth)).to.be.at.least(1);
    const link = card.querySelector('[part~="sources"] a') as HTMLElement;
    link.focus();
    const focus = getComputedStyle(link);
    expect(focus.outlineStyle).to.equal('solid');
    expect(parseFloat(focus.outlineWidth)).to.be.at.least(2);
    const cards = [...deep(wrapper)].filter((e) => e.localName === 'limber-care-card');
    expect(cards).to.have.length(3);
    for (const care of cards) {
      const box = getComputedStyle(care.shadowRoot!.querySelector('[part~="card"]')!);
      expect(box.borderTopStyle).to.equal('solid');
      expect(parseFloat(box.borderTopWidth)).to.be.at.least(2);
    }
  });
});
