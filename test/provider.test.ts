import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/provider/define.js';
import '../src/components/exercise-card/define.js';
import type { LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import type { LimberProvider } from '../src/components/provider/provider.js';
import type { Topic } from '../src/model/index.js';
import { warningsOfEachTest } from './support/warnings.js';
import { SOURCE_TOPIC } from './support/topics.js';

describe('<limber-provider>', () => {
  const warnings = warningsOfEachTest();

  it('adds no box of its own', async () => {
    const el = await fixture<LimberProvider>(html`<limber-provider><p>child</p></limber-provider>`);
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(el.textContent).to.equal('child');
  });

  it('hands a host catalog down, so ids resolve against it', async () => {
    const renamed: Topic = {
      ...SOURCE_TOPIC,
      exercises: {
        ...SOURCE_TOPIC.exercises,
        items: SOURCE_TOPIC.exercises.items.map((e) => (e.id === 'bridge' ? { ...e, name: 'Glute bridge' } : e)),
      },
    };
    const wrapper = await fixture<LimberProvider>(html`<limber-provider .catalog=${{ topics: [renamed] }}>
      <limber-exercise-card exercise="bridge"></limber-exercise-card></limber-provider>`);
    const card = wrapper.querySelector('limber-exercise-card') as LimberExerciseCard;
    await card.updateComplete;
    expect(card.shadowRoot?.querySelector('[part~="name"]')?.textContent).to.equal('Glute bridge');
  });

  it('updates its elements when a setting changes', async () => {
    const wrapper = await fixture<LimberProvider>(
      html`<limber-provider><limber-exercise-card exercise="bridge"></limber-exercise-card></limber-provider>`,
    );
    const card = wrapper.querySelector('limber-exercise-card') as LimberExerciseCard;
    wrapper.headingBase = 2;
    await wrapper.updateComplete;
    await card.updateComplete;
    expect(card.shadowRoot?.querySelector('[part~="name"]')?.tagName).to.equal('H2');
    expect(wrapper.getAttribute('heading-base')).to.equal('2');
  });

  it('leaves out an invalid topic of a host catalog and warns with its path', async () => {
    const broken = { ...SOURCE_TOPIC, title: 42 };
    await fixture(html`<limber-provider .catalog=${{ topics: [broken] }}></limber-provider>`);
    expect(warnings.messages).to.deep.equal(['<limber-provider>: catalog.topics[0].title: expected text, got a number']);
  });

  it('warns about an unknown mode and a bad heading base', async () => {
    await fixture(html`<limber-provider mode="debug" heading-base="9"></limber-provider>`);
    expect(warnings.messages).to.deep.equal([
      '<limber-provider>: mode "debug" is not one of development, production; using "production"',
      '<limber-provider>: heading-base "9" is not a whole number from 1 to 6; ignoring it',
    ]);
  });
});
