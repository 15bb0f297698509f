import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/exercise-list/define.js';
import type { LimberExerciseList } from '../src/components/exercise-list/exercise-list.js';
import type { LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import { pinchedNerveLowBackEn } from '../content/pinched-nerve-low-back/en.js';
import { warningsOfEachTest } from './support/warnings.js';
import { settled, shownText } from './support/dom.js';

const cardsOf = (el: LimberExerciseList): LimberExerciseCard[] =>
  [...(el.shadowRoot?.querySelectorAll('limber-exercise-card') ?? [])] as LimberExerciseCard[];

describe('<limber-exercise-list>', () => {
  const warnings = warningsOfEachTest();

  it("renders the topic's whole set as a labelled list of cards", async () => {
    const el = await fixture<LimberExerciseList>(html`<limber-exercise-list topic="pinched-nerve-low-back"></limber-exercise-list>`);
    await settled(el);
    const list = el.shadowRoot?.querySelector('ul');
    expect(list?.getAttribute('aria-label')).to.equal('Exercises');
    expect(list?.children).to.have.length(pinchedNerveLowBackEn.exercises.items.length);
    const names = cardsOf(el).map((card) => card.shadowRoot?.querySelector('[part~="name"]')?.textContent);
    expect(names).to.deep.equal(pinchedNerveLowBackEn.exercises.items.map((e) => e.name));
    expect(warnings.messages).to.deep.equal([]);
  });

  it('shows the emergency card before its first exercise, and its cards then leave out their own emergency line', async () => {
    const el = await fixture<LimberExerciseList>(
      html`<limber-exercise-list topic="pinched-nerve-low-back" region="us" heading-level="2"></limber-exercise-list>`,
    );
    await settled(el);
    const emergency = el.shadowRoot?.querySelector('[part~="emergency"]') as HTMLElement;
    expect(emergency.localName).to.equal('limber-care-card');
    expect(emergency.getAttribute('level')).to.equal('emergency');
    expect(emergency.nextElementSibling?.localName).to.equal('ul');
    const action = emergency.shadowRoot?.querySelector('[part~="action"]')?.textContent ?? '';
    expect(action.replace(/\s+/g, ' ')).to.match(/^Call 911 or go to the emergency room now\./);
    expect(emergency.shadowRoot?.querySelector('h2')?.id).to.equal('heading');
    for (const card of cardsOf(el)) {
      expect(card.hasAttribute('emergency-above')).to.equal(true);
      expect(card.shadowRoot?.querySelector('[part~="emergency"]')).to.equal(null);
      expect(shownText(card)).to.match(/^\S/);
    }
    await expect(el).to.be.accessible();
  });

  it('leaves its emergency card out where the page shows it above (emergency-above)', async () => {
    const el = await fixture<LimberExerciseList>(
      html`<limber-exercise-list topic="pinched-nerve-low-back" emergency-above></limber-exercise-list>`,
    );
    await settled(el);
    expect(el.shadowRoot?.querySelector('limber-care-card')).to.equal(null);
    expect(cardsOf(el)).to.have.length(pinchedNerveLowBackEn.exercises.items.length);
  });

  it('filters by goal', async () => {
    const el = await fixture<LimberExerciseList>(
      html`<limber-exercise-list topic="pinched-nerve-low-back" goal="nerve-mobility"></limber-exercise-list>`,
    );
    await settled(el);
    expect(cardsOf(el).map((card) => card.exercise)).to.deep.equal(['sciatic-nerve-glide']);
  });

  it('passes its heading level and compact form to every card, and reflects them', async () => {
    const el = await fixture<LimberExerciseList>(
      html`<limber-exercise-list topic="pinched-nerve-low-back" heading-level="2"></limber-exercise-list>`,
    );
    el.compact = true;
    el.goal = 'mobility';
    await settled(el);
    expect(el.getAttribute('goal')).to.equal('mobility');
    const mobility = pinchedNerveLowBackEn.exercises.items.filter((e) => e.goal === 'mobility');
    expect(mobility.length, 'the built-in topic has several mobility exercises').to.be.greaterThan(1);
    expect(cardsOf(el).map((card) => card.exercise)).to.deep.equal(mobility.map((e) => e.id));
    expect(el.hasAttribute('compact')).to.equal(true);
    for (const card of cardsOf(el)) {
      expect(card.compact).to.equal(true);
      expect(card.shadowRoot?.querySelector('[part~="name"]')?.tagName).to.equal('H2');
    }
  });

  it('warns about an unknown goal and shows every exercise', async () => {
    const el = await fixture<LimberExerciseList>(
      html`<limber-exercise-list topic="pinched-nerve-low-back" goal="cardio"></limber-exercise-list>`,
    );
    await settled(el);
    expect(cardsOf(el)).to.have.length(pinchedNerveLowBackEn.exercises.items.length);
    expect(warnings.messages).to.deep.equal([
      '<limber-exercise-list>: goal "cardio" is not one of nerve-mobility, mobility, flexibility, strength; showing all',
    ]);
  });

  it('warns about an unknown topic and renders nothing', async () => {
    const el = await fixture<LimberExerciseList>(html`<limber-exercise-list topic="knees"></limber-exercise-list>`);
    expect(el.shadowRoot?.querySelector('ul')).to.equal(null);
    expect(shownText(el)).to.equal('');
    expect(warnings.messages).to.deep.equal(['<limber-exercise-list>: no topic with id "knees" in the catalog']);
  });

  it('passes axe', async () => {
    const el = await fixture<LimberExerciseList>(
      html`<limber-exercise-list topic="pinched-nerve-low-back" goal="flexibility"></limber-exercise-list>`,
    );
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
