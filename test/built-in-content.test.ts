// Per-element modules load the built-in content only when an element first looks an id up in
// it; a portal that brings its own data never downloads it. The order of these tests matters:
// the first must run before anything in this page has asked for the content.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/exercise-card/define.js';
import '../src/components/care-card/define.js';
import type { LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import type { CareAdvice } from '../src/model/index.js';
import { warningsOfEachTest } from './support/warnings.js';
import { textOf } from './support/dom.js';
import { TOPIC } from './support/lists.js';

const portalAdvice: CareAdvice = {
  level: 'urgent',
  heading: 'Call your care team today if',
  signs: ['the pain spreads to both legs'],
  action: 'Call the number on your member card.',
  provenance: 'added',
  references: [],
};

/** Requests this page made for the built-in topic's files. */
const contentRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(TOPIC) || name.includes('default-catalog'));

describe('built-in content, loaded on first use', () => {
  const warnings = warningsOfEachTest();

  describe('when a portal sets data that cites nothing', () => {
    it('renders without downloading the built-in content', async () => {
      const el = await fixture(html`<limber-care-card .data=${portalAdvice}></limber-care-card>`);
      expect(warnings.messages).to.deep.equal([]);
      expect(textOf(el, 'h3')).to.contain('Call your care team today if');
      expect(contentRequests()).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('when a card names a built-in exercise', () => {
    it('has rendered it by the time updateComplete resolves, without a warning meanwhile', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="knee-rolls"></limber-exercise-card>`);
      expect(textOf(el, '[part~="name"]')).to.equal('Knee rolls');
      expect(contentRequests().length).to.be.greaterThan(0);
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('renders a second card from the loaded content', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="bridge"></limber-exercise-card>`);
      expect(textOf(el, '[part~="name"]')).to.equal('Bridge');
    });
  });

  describe('when the id is unknown', () => {
    it('reports it once the content has arrived, not before', async () => {
      await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="nope"></limber-exercise-card>`);
      expect(warnings.messages).to.deep.equal(['<limber-exercise-card>: no exercise with id "nope" in the catalog']);
    });
  });
});
