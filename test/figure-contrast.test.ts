// WCAG 2.2 1.4.11 non-text contrast for the exercise figures: the body (near limbs, and far limbs
// as their opacity blends them into the drawing's background) and each step's arrow stand at least
// 3:1 against the drawing's background, in the default styles and every shipped theme.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/exercise-card/define.js';
import type { LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import { THEMES, loadThemes } from './support/themes.js';
import { root } from './support/dom.js';
import { contrast, over, rgb } from './support/contrast.js';

describe('exercise figures: non-text contrast (WCAG 2.2 1.4.11)', () => {
  before(() => loadThemes());

  for (const theme of ['default', ...THEMES]) {
    it(`${theme}: the body, near and far, and the arrows are at least 3:1 against the drawing`, async () => {
      const wrapper = await fixture<HTMLElement>(
        theme === 'default'
          ? html`<div><limber-exercise-card exercise="knee-to-chest"></limber-exercise-card></div>`
          : html`<div data-limber-theme=${theme}><limber-exercise-card exercise="knee-to-chest"></limber-exercise-card></div>`,
      );
      const card = wrapper.querySelector('limber-exercise-card') as LimberExerciseCard;
      await card.updateComplete;
      const drawings = [...root(card).querySelectorAll<HTMLElement>('.drawing')];
      expect(drawings).to.have.length(4);
      for (const [index, drawing] of drawings.entries()) {
        const background = rgb(getComputedStyle(drawing).backgroundColor);
        for (const shape of drawing.querySelectorAll('[data-shape]')) {
          const name = shape.getAttribute('data-shape');
          const opacity = Number(shape.getAttribute('opacity') ?? 1);
          const colour = over(rgb(getComputedStyle(shape).color), opacity, background);
          const ratio = contrast(colour, background);
          expect(ratio, `${theme}, frame ${index}, ${name}: ${ratio.toFixed(2)}:1`).to.be.at.least(3);
        }
      }
    });
  }
});
