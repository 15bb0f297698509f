import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/topic-index/define.js';
import '../src/components/provider/define.js';
import type { LimberTopicIndex } from '../src/components/topic-index/topic-index.js';
import { deepActiveElement, focusPage, root, squash } from './support/dom.js';
import { warningsOfEachTest } from './support/warnings.js';
import { SOURCE, TOPIC_IDS, TRANSLATION } from './support/lists.js';
import { builtInCatalog } from '../src/content/built-in.js';
import { TOPICS, topicIn } from './support/topics.js';
import { WORDS } from './support/words.js';

/** A topic's name as the index shows it: its condition's name (else its title), first letter capital. */
const nameOf = (lang: typeof SOURCE, id: string): string => {
  const topic = topicIn(lang, id);
  const name = topic.condition?.name ?? topic.title;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
};

async function index(lang = SOURCE, template = '/health/{topic}'): Promise<LimberTopicIndex> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><limber-topic-index href-template=${template}></limber-topic-index></div>`,
  );
  const el = wrapper.querySelector('limber-topic-index')!;
  await el.updateComplete;
  return el;
}

const links = (el: Element) => [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="topic"]')];

describe('<limber-topic-index>', () => {
  const warnings = warningsOfEachTest();

  // First, while nothing has fetched a topic: the names come with the index, so a page of it pays for no topic.
  it('lists the built-in topics from their names alone, fetching none of them', async () => {
    for (const lang of [SOURCE, TRANSLATION]) {
      const el = await index(lang);
      expect(links(el)).to.have.length(TOPIC_IDS.length);
      await aTimeout(50);
      for (const id of TOPIC_IDS) expect(builtInCatalog(lang, [id]), `${id} in ${lang}`).to.equal(undefined);
    }
  });

  it('lists every topic under its heading, each linking to the page the template makes, with its other names', async () => {
    const el = await index();
    const words = WORDS[SOURCE].topicIndex;
    expect(root(el).querySelector('h3#heading')?.textContent).to.equal(words.heading);
    expect(links(el).map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal(
      TOPICS.map((t) => [nameOf(SOURCE, t.id), `/health/${t.id}`]).sort(([a], [b]) => a!.localeCompare(b!, SOURCE)),
    );
    for (const topic of TOPICS.filter((t) => t.condition?.alternateName)) {
      const item = links(el)
        .find((a) => a.textContent === nameOf(SOURCE, topic.id))!
        .closest('li')!;
      expect(squash(item.querySelector('[part~="other-names"]')?.textContent)).to.equal(
        `${words.alsoCalled}: ${topic.condition!.alternateName}`,
      );
    }
    expect(squash(root(el).querySelector('[role="status"]')?.textContent)).to.equal(words.count(TOPICS.length, TOPICS.length));
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('in the translation, takes its words and each topic its translated name, marked with its language', async () => {
    const el = await index(TRANSLATION);
    expect(root(el).querySelector('#heading')?.textContent).to.equal(WORDS[TRANSLATION].topicIndex.heading);
    expect(links(el).map((a) => a.textContent)).to.have.members(TOPICS.map((t) => nameOf(TRANSLATION, t.id)));
    for (const a of links(el)) expect(a.closest('li')?.lang).to.equal(TRANSLATION);
    expect(root(el).querySelector('label')?.textContent).to.equal(WORDS[TRANSLATION].topicIndex.filter);
    await expect(el).to.be.accessible();
  });

  it('the filter box narrows the list as the reader types, keeps focus, and says how many match', async () => {
    const el = await index();
    const words = WORDS[SOURCE].topicIndex;
    const [topic] = TOPICS;
    const other = topic!.condition?.alternateName ?? topic!.title;
    await focusPage();
    root(el).querySelector('input')!.focus();
    // An other name, in capitals: case and accents do not matter.
    await sendKeys({ type: other.slice(0, 4).toUpperCase() });
    await el.updateComplete;
    expect(deepActiveElement()?.id).to.equal('filter');
    expect(links(el).map((a) => a.textContent)).to.include(nameOf(SOURCE, topic!.id));
    const shown = links(el).length;
    expect(squash(root(el).querySelector('[role="status"]')?.textContent)).to.equal(words.count(shown, TOPICS.length));
    await sendKeys({ type: 'qqqq' });
    await el.updateComplete;
    expect(links(el)).to.have.length(0);
    expect(squash(root(el).querySelector('[role="status"]')?.textContent)).to.equal(words.count(0, TOPICS.length));
    expect(deepActiveElement()?.id).to.equal('filter');
    await expect(el).to.be.accessible();
  });

  it('a template the URL policy refuses, or one without {topic}, lists the topics without links and warns once', async () => {
    for (const [template, warning] of [
      ['javascript:alert({topic})', 'href-template not used:'],
      ['/health/', 'href-template "/health/" has no {topic}; listing the topics without links'],
    ] as const) {
      warnings.messages.length = 0;
      const el = await index(SOURCE, template);
      expect(root(el).querySelectorAll('a')).to.have.length(0);
      expect(root(el).querySelectorAll('[part~="topic"]')).to.have.length(TOPICS.length);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`<limber-topic-index>: ${warning}`);
    }
  });

  it('warns when href-template is missing, once the page has loaded', async () => {
    await fixture(html`<limber-topic-index></limber-topic-index>`);
    await aTimeout(10); // missing configuration is reported one task later
    expect(warnings.messages).to.deep.equal([
      '<limber-topic-index>: set the "href-template" attribute to the link of a topic\'s page, with {topic} where its id goes',
    ]);
  });
});
