import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/exercise-list/define.js';
import type { LimberExerciseList } from '../src/components/exercise-list/exercise-list.js';
import type { LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import { warningsOfEachTest } from './support/warnings.js';
import { settled, shownText, squash } from './support/dom.js';
import { SOURCE_TOPIC } from './support/topics.js';
import { TOPIC } from './support/lists.js';

const cardsOf = (el: LimberExerciseList): LimberExerciseCard[] =>
  [...(el.shadowRoot?.querySelectorAll('limber-exercise-card') ?? [])] as LimberExerciseCard[];

describe('<limber-exercise-list>', () => {
  const warnings = warningsOfEachTest();

  it("renders the topic's whole set as a labelled list of cards", async () => {
    const el = await fixture<LimberExerciseList>(html`<limber-exercise-list topic=${TOPIC}></limber-exercise-list>`);
    await settled(el);
    const list = el.shadowRoot?.querySelector('ul[part~="list"]');
    expect(list?.getAttribute('aria-label')).to.equal('Exercises');
    expect(list?.children).to.have.length(SOURCE_TOPIC.exercises.items.length);
    const names = cardsOf(el).map((card) => card.shadowRoot?.querySelector('[part~="name"]')?.textContent);
    expect(names).to.deep.equal(SOURCE_TOPIC.exercises.items.map((e) => e.name));
    expect(warnings.messages).to.deep.equal([]);
  });

  it('shows every care level, emergency first, then the safety lines and the exercise disclaimer, before its first exercise; its cards then leave out their own', async () => {
    const el = await fixture<LimberExerciseList>(
      html`<limber-exercise-list topic=${TOPIC} region="us" heading-level="2"></limber-exercise-list>`,
    );
    await settled(el);
    const care = [...(el.shadowRoot?.querySelectorAll('[part~="care"]') ?? [])] as HTMLElement[];
    expect(care.map((c) => `${c.localName} ${c.getAttribute('level')}`)).to.deep.equal([
      'limber-care-card emergency',
      'limber-care-card urgent',
      'limber-care-card non-urgent',
    ]);
    const [emergency, urgent, nonUrgent] = care;
    expect(emergency?.matches('[part~="emergency"]')).to.equal(true);
    const action = (card: HTMLElement | undefined): string => squash(card?.shadowRoot?.querySelector('[part~="action"]')?.textContent);
    expect(action(emergency)).to.match(/^Call 911 or go to the emergency room now\./);
    expect(action(urgent)).to.equal('Contact your doctor as soon as you can, or get urgent care.');
    expect(action(nonUrgent)).to.match(/^Make an appointment with your doctor\./);
    expect(emergency?.shadowRoot?.querySelector('h3')?.id).to.equal('heading');
    // Under "When to get help", the name the safety lines point to.
    expect(squash(el.shadowRoot?.querySelector('[part~="when-to-get-help"] > h2')?.textContent)).to.equal('When to get help');
    // Then "Before you start", with its own numbered sources, and the exercise disclaimer.
    const before = el.shadowRoot?.querySelector('[part~="before-you-start"]') as HTMLElement;
    expect(squash(before.querySelector('h2')?.textContent)).to.equal('Before you start');
    expect([...before.querySelectorAll(':scope > ul > li')].map((li) => squash(li.textContent).replace(/\d+$/, ''))).to.deep.equal(
      SOURCE_TOPIC.exercises.safety.map((line) => line.replace(/\[\^[^\]]+\]/g, '').replace(/\*/g, '')),
    );
    const marker = before.querySelector<HTMLAnchorElement>('a[part~="cite"]');
    expect(el.shadowRoot?.querySelector(marker?.getAttribute('href') ?? '#none')?.textContent).to.match(/NHS Greater Glasgow and Clyde/);
    const disclaimer = el.shadowRoot?.querySelector('limber-disclaimer');
    expect(disclaimer?.getAttribute('kind')).to.equal('exercise');
    // All of it before the first exercise.
    const list = el.shadowRoot?.querySelector('ul[part~="list"]') as Element;
    for (const first of [nonUrgent, before, disclaimer])
      expect(first?.compareDocumentPosition(list)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    for (const card of cardsOf(el)) {
      expect(card.hasAttribute('emergency-above')).to.equal(true);
      expect(card.shadowRoot?.querySelector('[part~="emergency"]')).to.equal(null);
      expect(card.shadowRoot?.querySelector('[part~="before-you-start"]')).to.equal(null);
      expect(shownText(card)).to.match(/^\S/);
    }
    await expect(el).to.be.accessible();
  });

  it('passes the page’s own care options to its urgent and non-urgent cards', async () => {
    const el = await fixture<LimberExerciseList>(html`<limber-exercise-list topic=${TOPIC}>
      <p slot="care-urgent"><a href="tel:+15550100" data-kind="nurse-line">Nurse line</a></p>
    </limber-exercise-list>`);
    await settled(el);
    const urgent = el.shadowRoot?.querySelector('limber-care-card[level="urgent"]') as HTMLElement;
    const slot = urgent.shadowRoot?.querySelector<HTMLSlotElement>('[part~="care-options"] slot');
    expect((slot?.assignedElements({ flatten: true }) ?? []).map((e) => squash(e.textContent))).to.deep.equal(['Nurse line']);
  });

  it('leaves its care cards, safety lines and disclaimer out where the page shows them above (emergency-above)', async () => {
    const el = await fixture<LimberExerciseList>(html`<limber-exercise-list topic=${TOPIC} emergency-above></limber-exercise-list>`);
    await settled(el);
    expect(el.shadowRoot?.querySelector('limber-care-card')).to.equal(null);
    expect(el.shadowRoot?.querySelector('[part~="before-you-start"], limber-disclaimer')).to.equal(null);
    expect(cardsOf(el)).to.have.length(SOURCE_TOPIC.exercises.items.length);
  });

  it('filters by goal', async () => {
    const el = await fixture<LimberExerciseList>(html`<limber-exercise-list topic=${TOPIC} goal="nerve-mobility"></limber-exercise-list>`);
    await settled(el);
    expect(cardsOf(el).map((card) => card.exercise)).to.deep.equal(['sciatic-nerve-glide']);
  });

  it('passes its heading level and compact form to every card, and reflects them', async () => {
    const el = await fixture<LimberExerciseList>(html`<limber-exercise-list topic=${TOPIC} heading-level="2"></limber-exercise-list>`);
    el.compact = true;
    el.goal = 'mobility';
    await settled(el);
    expect(el.getAttribute('goal')).to.equal('mobility');
    const mobility = SOURCE_TOPIC.exercises.items.filter((e) => e.goal === 'mobility');
    expect(mobility.length, 'the built-in topic has several mobility exercises').to.be.greaterThan(1);
    expect(cardsOf(el).map((card) => card.exercise)).to.deep.equal(mobility.map((e) => e.id));
    expect(el.hasAttribute('compact')).to.equal(true);
    for (const card of cardsOf(el)) {
      expect(card.compact).to.equal(true);
      expect(card.shadowRoot?.querySelector('[part~="name"]')?.tagName).to.equal('H2');
    }
  });

  it('warns about an unknown goal and shows every exercise', async () => {
    const el = await fixture<LimberExerciseList>(html`<limber-exercise-list topic=${TOPIC} goal="cardio"></limber-exercise-list>`);
    await settled(el);
    expect(cardsOf(el)).to.have.length(SOURCE_TOPIC.exercises.items.length);
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
    const el = await fixture<LimberExerciseList>(html`<limber-exercise-list topic=${TOPIC} goal="flexibility"></limber-exercise-list>`);
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
