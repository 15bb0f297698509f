import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/components/exercise-card/define.js';
import '../src/components/tip/define.js';
import { builtInCatalog } from '../src/content/built-in.js';
import { settled, textOf } from './support/dom.js';
import { SOURCE, TOPIC_IDS } from './support/lists.js';
import { topicIn } from './support/topics.js';

/**
 * An element given only an exercise or tip id fetches the one topic that has it (the directory
 * `npm run generate` reads from the content), not every topic: a page's bytes do not grow with the
 * library. The tests run in list order in one page, the first before anything else fetched a topic.
 */
describe('an element given only an id fetches only its own topic', () => {
  const last = TOPIC_IDS[TOPIC_IDS.length - 1]!;
  const others = TOPIC_IDS.filter((id) => id !== last);
  const topic = topicIn(SOURCE, last);
  const loaded = (id: string): boolean => builtInCatalog(SOURCE, [id]) !== undefined;

  it('an exercise card', async () => {
    const exercise = topic.exercises.items[0]!;
    const el = await fixture(html`<limber-exercise-card exercise=${exercise.id}></limber-exercise-card>`);
    await settled(el);
    await aTimeout(50);
    expect(textOf(el, '[part~="name"]')).to.equal(exercise.name);
    expect(loaded(last)).to.equal(true);
    for (const id of others) expect(loaded(id), id).to.equal(false);
  });

  it('a tip', async () => {
    const tip = topic.tips[0];
    if (!tip) return;
    const el = await fixture(html`<limber-tip tip=${tip.id}></limber-tip>`);
    await settled(el);
    await aTimeout(50);
    expect(textOf(el, '#heading')).to.contain(tip.title);
    for (const id of others) expect(loaded(id), id).to.equal(false);
  });
});
