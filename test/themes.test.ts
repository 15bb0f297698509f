import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/exercise-card/define.js';
import '../src/components/exercise-list/define.js';
import '../src/components/provider/define.js';
import '../src/components/article/define.js';
import '../src/components/expert-card/define.js';
import type { LimberElement } from '../src/element/limber-element.js';
import type { LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import type { LimberExerciseList } from '../src/components/exercise-list/exercise-list.js';
import { THEMES, loadThemes, themeCss } from './support/themes.js';
import { contrast, hex } from './support/contrast.js';
import { TOPIC } from './support/lists.js';

/** Token values declared in a theme file. */
function tokens(css: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of css.matchAll(/(--limber-[a-z-]+)\s*:\s*([^;]+);/g)) found[match[1] ?? ''] = (match[2] ?? '').trim();
  return found;
}

// [foreground, background, minimum]: 4.5 for text, 3 for UI parts (borders, focus ring, badges).
const PAIRS: [string, string, number][] = [
  ['--limber-color-text', '--limber-color-surface', 4.5],
  ['--limber-color-text', '--limber-color-surface-raised', 4.5],
  ['--limber-color-text-muted', '--limber-color-surface', 4.5],
  ['--limber-color-text-muted', '--limber-color-surface-raised', 4.5],
  ['--limber-color-accent', '--limber-color-surface', 4.5],
  ['--limber-color-accent-contrast', '--limber-color-accent', 4.5],
  ['--limber-color-warning-text', '--limber-color-warning-surface', 4.5],
  ['--limber-color-accent', '--limber-color-warning-surface', 4.5],
  ['--limber-color-warning-border', '--limber-color-warning-surface', 3],
  ['--limber-color-warning-surface', '--limber-color-warning-border', 3],
  ['--limber-color-border', '--limber-color-surface', 3],
  ['--limber-color-focus', '--limber-color-surface', 3],
  ['--limber-color-focus', '--limber-color-warning-surface', 3],
  ['--limber-color-danger', '--limber-color-surface', 3],
  ['--limber-color-danger-contrast', '--limber-color-danger', 4.5],
];

describe('themes', () => {
  for (const theme of THEMES) {
    describe(theme, () => {
      it('meets WCAG 2.2 AA contrast for every text and UI pair', async () => {
        const values = tokens(await themeCss(theme));
        for (const [fg, bg, min] of PAIRS) {
          const ratio = contrast(hex(values[fg] ?? ''), hex(values[bg] ?? ''));
          expect(ratio, `${theme}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1`).to.be.at.least(min);
        }
      });

      it('holds token values only', async () => {
        const css = (await themeCss(theme)).replace(/\/\*[\s\S]*?\*\//g, '');
        const declarations = [...css.matchAll(/([a-z-]+)\s*:/g)].map((m) => m[1]);
        expect(declarations.filter((d) => !d?.startsWith('--limber-'))).to.deep.equal([]);
      });

      it('themes the card, and the card and list pass axe', async function () {
        this.timeout(60_000);
        await loadThemes();
        const wrapper = await fixture(html`<div data-limber-theme=${theme}>
          <limber-provider mode="development">
            <limber-exercise-card exercise="sciatic-nerve-glide"></limber-exercise-card>
            <limber-exercise-card exercise="nope"></limber-exercise-card>
            <limber-exercise-list topic=${TOPIC} goal="strength"></limber-exercise-list>
          </limber-provider></div>`);
        const [card, broken] = [...wrapper.querySelectorAll('limber-exercise-card')] as LimberExerciseCard[];
        const list = wrapper.querySelector('limber-exercise-list') as LimberExerciseList;
        await list.updateComplete;
        await Promise.all(
          [...(list.shadowRoot?.querySelectorAll('limber-exercise-card') ?? [])].map((c) => (c as LimberExerciseCard).updateComplete),
        );
        const surface = tokens(await themeCss(theme))['--limber-color-surface'] ?? '';
        const article = card?.shadowRoot?.querySelector('article') as HTMLElement;
        const rgb = getComputedStyle(article).backgroundColor;
        const hex = `#${(rgb.match(/\d+/g) ?? [])
          .slice(0, 3)
          .map((n) => Number(n).toString(16).padStart(2, '0'))
          .join('')}`;
        expect(hex).to.equal(surface);
        await expect(card).to.be.accessible();
        await expect(broken).to.be.accessible();
        await expect(list).to.be.accessible();
      });

      it('every element of the article, and the standalone variants, pass axe', async function () {
        this.timeout(30_000);
        await loadThemes();
        const wrapper = await fixture(html`<div data-limber-theme=${theme}>
          <limber-disclaimer kind="video" variant="banner" dismissible></limber-disclaimer>
          <limber-expert-card person="cj-morrow"></limber-expert-card>
          <limber-article topic=${TOPIC} cta-href="/coverage" region="us"></limber-article>
        </div>`);
        // Let every nested element render (three levels of shadow roots at most).
        for (let pass = 0; pass < 4; pass += 1) {
          const all: LimberElement[] = [];
          const walk = (node: ParentNode): void => {
            for (const el of node.querySelectorAll('*')) {
              if (el.localName.startsWith('limber-')) all.push(el as LimberElement);
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(wrapper);
          await Promise.all(all.map((el) => el.updateComplete));
        }
        await expect(wrapper).to.be.accessible();
      });
    });
  }
});
