import { expect, fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { LIMBER_ELEMENTS, defineAllIn } from '../src/define-all.js';
import { LimberHeadedElement } from '../src/element/headed-element.js';
import { deepActiveElement, settled } from './support/dom.js';
import { TOPIC } from './support/lists.js';

defineAllIn(customElements);

/** Every element that renders a heading, as a page uses it, with the heading `focusHeading()` must reach. */
const HEADED: [string, string, RegExp][] = [
  ['limber-article', `topic="${TOPIC}"`, /^Exercises for a pinched nerve in the low back$/],
  ['limber-exercise-card', 'exercise="bridge"', /^Bridge$/],
  ['limber-exercise-list', `topic="${TOPIC}"`, /^When to get help$/],
  ['limber-causes', `topic="${TOPIC}"`, /causes a pinched nerve/i],
  ['limber-treatment-list', `topic="${TOPIC}"`, /./],
  ['limber-tip', 'tip="pre-treat-with-heat"', /Pre-treat with heat/],
  ['limber-care-card', 'level="urgent"', /^Urgent/],
  ['limber-expert-card', 'person="cj-morrow"', /^CJ Morrow/],
  ['limber-expert-list', `topic="${TOPIC}"`, /^CJ Morrow/],
  ['limber-citations', `topic="${TOPIC}"`, /^References$/],
  ['limber-cta', `topic="${TOPIC}" href="https://example.org/coverage"`, /./],
  ['limber-topic-index', 'href-template="/health/{topic}"', /./],
];

describe('focusHeading() on every headed element', () => {
  it('covers every element that renders a heading', () => {
    const headed = Object.entries(LIMBER_ELEMENTS)
      .filter(([, element]) => element.prototype instanceof LimberHeadedElement)
      .map(([tag]) => tag)
      .sort();
    expect(HEADED.map(([tag]) => tag).sort()).to.deep.equal(headed);
  });

  for (const [tag, attributes, name] of HEADED) {
    it(`<${tag}>: moves focus to the element's first heading`, async () => {
      const el = await fixture<LimberHeadedElement>(staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`);
      await settled(el);
      el.focusHeading();
      const focused = deepActiveElement();
      expect(focused?.localName ?? '(nothing)').to.match(/^h[1-6]$/);
      expect(focused?.textContent?.replace(/\s+/g, ' ').trim()).to.match(name);
    });
  }
});
