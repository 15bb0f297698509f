// Review dates as readers see them: last reviewed and what that review was, the next review, and
// "Due for review since …" once it has passed, in the article header and on standalone elements
// (never twice), reported once per page. The date arithmetic itself is tested in Node with a fixed
// clock across time zones (test/node/review.test.ts); here the dates are far past or far ahead.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/limber.js';
import type { Topic } from '../src/model/index.js';
import type { LimberProblemDetail } from '../src/render/problem.js';
import type { LimberProvider } from '../src/components/provider/provider.js';
import { deep, root, settled, squash } from './support/dom.js';
import { warningsOfEachTest } from './support/warnings.js';
import { SOURCE_TOPIC } from './support/topics.js';
import { TOPIC, TRANSLATION } from './support/lists.js';
import { WORDS } from './support/words.js';

let made = 0;
/** The built-in topic under a fresh id (reports are once per page and topic), with other review dates. */
function topicDue(nextReview: string, changes: Partial<Topic> = {}): Topic {
  made += 1;
  return {
    ...SOURCE_TOPIC,
    id: `review-topic-${made}`,
    dates: { published: '2019-03-01', lastReviewed: '2019-06-01', reviewScope: 'sources-checked', nextReview },
    ...changes,
  };
}

/** Waits for the provider's validator and the catalog it hands down. */
async function providerReady(scope: ParentNode): Promise<void> {
  const provider = scope instanceof Element && scope.matches('limber-provider') ? scope : scope.querySelector('limber-provider');
  await (provider as LimberProvider).updateComplete;
}

const dateRows = (el: Element): string[] =>
  [...root(el).querySelectorAll('[part~="dates"] > div')].map(
    (row) => `${row.querySelector('dt')?.textContent}: ${squash(row.querySelector('dd')?.textContent)}`,
  );

const dueLines = (el: Element): string[] =>
  [...deep(root(el))].filter((e) => e.matches('[part~="review-due"]')).map((e) => squash(e.textContent));

describe('review dates', () => {
  const warnings = warningsOfEachTest();

  it('the article header says when the built-in content was last reviewed, what that review was, and when the next is due', async () => {
    const el = await fixture(html`<limber-article topic=${TOPIC}></limber-article>`);
    await settled(el);
    const dates = dateRows(el);
    expect(dates).to.include('Updated: December 7, 2026');
    expect(dates).to.include('Sources last checked: December 7, 2026 (not reviewed by a clinician)');
    expect(dates).to.include('Next review: June 7, 2027');
    expect(dueLines(el)).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('an overdue article says so once in its header, in words, with a machine-readable date, and reports it once', async () => {
    const topic = topicDue('2020-01-01');
    const found: string[] = [];
    const wrapper = await fixture(html`<div @limber-problem-found=${(e: CustomEvent<LimberProblemDetail>) => found.push(e.detail.message)}>
      <limber-provider .catalog=${{ topics: [topic] }}><limber-article topic=${topic.id}></limber-article></limber-provider>
    </div>`);
    const el = wrapper.querySelector('limber-article') as Element;
    await providerReady(wrapper);
    await settled(el);
    const header = root(el).querySelector('[part~="header"]') as Element;
    expect(squash(header.querySelector('[part~="review-due"]')?.textContent)).to.equal(
      'Due for review since January 1, 2020. Some of it may be out of date.',
    );
    expect(header.querySelector('[part~="review-due"] time')?.getAttribute('datetime')).to.equal('2020-01-01');
    expect(dateRows(el), 'no "Next review" in the past').to.deep.equal([
      'Source article published: March 1, 2019',
      'Sources last checked: June 1, 2019 (not reviewed by a clinician)',
    ]);
    // Nothing inside the article repeats it: its cards, lists and sections are not standalone.
    expect(dueLines(el)).to.have.length(1);
    const message = `topic "${topic.id}" (en) has been due for review since 2020-01-01`;
    expect(found).to.deep.equal([message]);
    expect(warnings.messages).to.deep.equal([`<limber-article>: ${message}`]);
    await expect(el).to.be.accessible();
  });

  it('a standalone card of an overdue topic says so above itself; a second card on the page says it without a second report', async () => {
    const topic = topicDue('2021-02-03');
    const wrapper = await fixture(html`<limber-provider .catalog=${{ topics: [topic] }}>
      <limber-exercise-card exercise="bridge"></limber-exercise-card>
      <limber-care-card topic=${topic.id} level="emergency"></limber-care-card>
    </limber-provider>`);
    const [card, care] = [...wrapper.querySelectorAll('limber-exercise-card, limber-care-card')] as Element[];
    await settled(wrapper);
    const line = root(card as Element).querySelector('[part~="review-due"]') as HTMLElement;
    expect(squash(line.textContent)).to.equal('Due for review since February 3, 2021. Some of it may be out of date.');
    expect(line.compareDocumentPosition(root(card as Element).querySelector('[part~="card"]') as Node)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(dueLines(care as Element)).to.have.length(1);
    expect(warnings.messages).to.have.length(1);
    await expect(card).to.be.accessible();
  });

  it('a standalone list says it once, not once per card inside it', async () => {
    const topic = topicDue('2020-05-05');
    const wrapper = await fixture(html`<limber-provider .catalog=${{ topics: [topic] }}>
      <limber-exercise-list topic=${topic.id}></limber-exercise-list>
    </limber-provider>`);
    const list = wrapper.querySelector('limber-exercise-list') as Element;
    await settled(list);
    expect(dueLines(list)).to.deep.equal(['Due for review since May 5, 2020. Some of it may be out of date.']);
  });

  it('an exercise with review dates of its own uses them, not its topic’s', async () => {
    const base = topicDue('2999-01-01');
    const topic: Topic = {
      ...base,
      exercises: {
        ...base.exercises,
        items: base.exercises.items.map((e) =>
          e.id === 'bridge' ? { ...e, dates: { lastReviewed: '2020-01-01', reviewScope: 'clinical', nextReview: '2020-07-01' } } : e,
        ),
      },
    };
    const wrapper = await fixture(html`<limber-provider .catalog=${{ topics: [topic] }}>
      <limber-exercise-card exercise="bridge"></limber-exercise-card>
      <limber-exercise-card exercise="pelvic-tilt"></limber-exercise-card>
    </limber-provider>`);
    await settled(wrapper);
    const [bridge, tilt] = [...wrapper.querySelectorAll('limber-exercise-card')];
    expect(dueLines(bridge as Element)).to.deep.equal(['Due for review since July 1, 2020. Some of it may be out of date.']);
    expect(dueLines(tilt as Element)).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal(['<limber-exercise-card>: exercise "bridge" has been due for review since 2020-07-01']);
  });

  it(`says it in the page's language (${TRANSLATION})`, async () => {
    const topic = topicDue('2020-01-01', { locale: TRANSLATION });
    const wrapper = await fixture(html`<limber-provider locale=${TRANSLATION} .catalog=${{ topics: [topic] }}>
      <limber-tip tip="pre-treat-with-heat"></limber-tip>
    </limber-provider>`);
    const tip = wrapper.querySelector('limber-tip') as Element;
    await settled(wrapper);
    const w = WORDS[TRANSLATION];
    expect(dueLines(tip)).to.deep.equal([`${w.reviewDue} ${w.date('2020-01-01')}. ${w.reviewDueNote}`]);
  });

  it('a clinical review is named as one; a review date with no kind of review is refused', async () => {
    const clinical = topicDue('2999-01-01');
    const reviewed: Topic = { ...clinical, dates: { ...clinical.dates, reviewScope: 'clinical' } };
    const wrapper = await fixture(html`<limber-provider .catalog=${{ topics: [reviewed] }}>
      <limber-article topic=${reviewed.id}></limber-article></limber-provider>`);
    const el = wrapper.querySelector('limber-article') as Element;
    await providerReady(wrapper);
    await settled(el);
    expect(dateRows(el)).to.include('Last reviewed: June 1, 2019 (reviewed by a clinician)');

    const unsaid = topicDue('2999-01-01');
    const bad = { ...unsaid, dates: { published: '2019-03-01', lastReviewed: '2019-06-01' } };
    await fixture(html`<limber-provider .catalog=${{ topics: [bad] }}></limber-provider>`);
    expect(warnings.messages).to.include(
      '<limber-provider>: catalog.topics[0].dates: lastReviewed and reviewScope come together: when, and what kind of review',
    );
  });
});
