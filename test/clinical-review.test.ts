// Clinical sign-off as data, as readers meet it: "Reviewed by …" only under a sign-off whose
// fingerprint still matches the item; an edited item shows as not clinically reviewed; under
// require-review="clinical" each unreviewed item gives way to a notice, except the emergency card,
// which always shows with its status; JSON-LD names reviewers only when the whole page is reviewed.
// The reviewers here are fixtures: the built-in content has none.
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/limber.js';
import { fingerprint } from '../src/content/fingerprint.js';
import { reviewItems } from '../src/content/review-items.js';
import type { SignOff, Topic } from '../src/model/index.js';
import { FIXTURE_REVIEWER } from './fixtures/reviewers.js';
import type { LimberProvider } from '../src/components/provider/provider.js';
import { deep, root, settled, shownText, squash } from './support/dom.js';
import { warningsOfEachTest } from './support/warnings.js';
import { SOURCE_TOPIC, TRANSLATED_TOPIC } from './support/topics.js';
import { TRANSLATION } from './support/lists.js';
import { WORDS } from './support/words.js';

const REVIEWER = FIXTURE_REVIEWER;

let made = 0;
/** The built-in topic (a fresh id each time) with clinical sign-offs of `keys`, taken of the items as they are. */
function signed(keys: readonly string[] | 'all', base: Topic = SOURCE_TOPIC, edit?: (topic: Topic) => Topic): Topic {
  made += 1;
  const topic: Topic = { ...base, id: `reviewed-topic-${made}` };
  const items = reviewItems(topic).filter(({ key }) => keys === 'all' || keys.includes(key));
  const signOffs: SignOff[] = items.map(({ key, item }) => ({
    item: key,
    scope: 'clinical',
    reviewers: [REVIEWER.id],
    date: '2027-01-10',
    fingerprint: fingerprint(item),
  }));
  const reviewed = { ...topic, review: { reviewers: [REVIEWER], signOffs } };
  return edit ? edit(reviewed) : reviewed;
}

/** Mounts `body` inside a provider with this catalog and waits for everything in it. */
async function inProvider(topic: Topic, body: (id: string) => unknown, attributes: { requireReview?: string; locale?: string } = {}) {
  const wrapper = await fixture(html`<limber-provider .catalog=${{ topics: [topic] }} require-review=${ifDefined(attributes.requireReview)}
    locale=${attributes.locale ?? 'en'}>${body(topic.id)}</limber-provider>`);
  await (wrapper as LimberProvider).updateComplete;
  await settled(wrapper);
  return wrapper;
}

/** Every element a reader meets in `scope`: its own shadow root's, or its children's, through every shadow root. */
const within = (scope: Element): Element[] => [...deep(scope.shadowRoot ?? scope)];
const reviewedLines = (scope: Element): string[] =>
  within(scope)
    .filter((e) => e.matches('[part~="reviewed"]'))
    .map((e) => squash(e.textContent));
const notices = (scope: Element): string[] =>
  within(scope)
    .filter((e) => e.matches('[part~="review-required"]'))
    .map((e) => squash(e.textContent));

describe('clinical sign-off as readers see it', () => {
  const warnings = warningsOfEachTest();

  it('says "Reviewed by <name, credentials> on <date>" only under a valid clinical sign-off', async () => {
    const topic = signed(['exercise bridge']);
    const wrapper = await inProvider(
      topic,
      () =>
        html`<limber-exercise-card exercise="bridge"></limber-exercise-card><limber-exercise-card exercise="knee-rolls"></limber-exercise-card>`,
    );
    const [bridge, rolls] = [...wrapper.querySelectorAll('limber-exercise-card')] as Element[];
    expect(reviewedLines(bridge as Element)).to.deep.equal(['Reviewed by Alex Fixture, PT, DPT on January 10, 2027.']);
    expect(reviewedLines(rolls as Element)).to.deep.equal([]);
    await expect(bridge).to.be.accessible();
    expect(warnings.messages).to.deep.equal([]);
  });

  it('an item edited after its sign-off shows as not clinically reviewed', async () => {
    const topic = signed(['exercise bridge'], SOURCE_TOPIC, (t) => ({
      ...t,
      exercises: {
        ...t.exercises,
        items: t.exercises.items.map((e) => (e.id === 'bridge' ? { ...e, steps: [...e.steps, 'Repeat it ten times.'] } : e)),
      },
    }));
    const wrapper = await inProvider(topic, () => html`<limber-exercise-card exercise="bridge"></limber-exercise-card>`);
    const card = wrapper.querySelector('limber-exercise-card') as Element;
    expect(reviewedLines(card)).to.deep.equal([
      'Changed since a clinician reviewed it on January 10, 2027. It has not been clinically reviewed since.',
    ]);
    expect(squash(root(card).textContent)).not.to.contain('Reviewed by');
  });

  it('a sign-off naming a reviewer the record does not list counts for nothing', async () => {
    const topic = signed(['tip pre-treat-with-heat'], SOURCE_TOPIC, (t) => ({
      ...t,
      review: { reviewers: [], signOffs: t.review?.signOffs ?? [] },
    }));
    // The validator refuses the topic (a sign-off names an unlisted reviewer): the built-in content shows, unreviewed.
    const wrapper = await inProvider(topic, () => html`<limber-tip tip="pre-treat-with-heat"></limber-tip>`);
    expect(reviewedLines(wrapper)).to.deep.equal([]);
    expect(warnings.messages.some((m) => m.includes("is not one of the review's reviewers"))).to.equal(true);
  });

  describe('require-review="clinical"', () => {
    it('on the provider: each unreviewed item gives way to a notice; the emergency card always shows, with its status', async () => {
      const topic = signed(['exercise bridge', 'treatment walking', 'care non-urgent']);
      const wrapper = await inProvider(topic, (id) => html`<limber-article topic=${id}></limber-article>`, { requireReview: 'clinical' });
      const article = wrapper.querySelector('limber-article') as Element;
      const cards = [...root(article).querySelectorAll('#care limber-care-card')];
      const [emergency, urgent, nonUrgent] = cards as Element[];
      // The emergency card: all of it, saying it has not been clinically reviewed.
      expect(root(emergency as Element).querySelectorAll('[part~="signs"] li')).to.have.length(10);
      expect(squash(root(emergency as Element).querySelector('[part~="review-status"]')?.textContent)).to.equal(
        'A clinician has not reviewed this advice yet. It is shown anyway, because emergency signs are never hidden.',
      );
      expect(notices(urgent as Element)).to.deep.equal(['This advice is not shown here because a clinician has not reviewed it yet.']);
      expect(root(urgent as Element).querySelector('[part~="signs"]')).to.equal(null);
      expect(shownText(urgent as Element)).to.contain('This advice is not shown here because a clinician has not reviewed it yet.');
      expect(reviewedLines(nonUrgent as Element)).to.deep.equal(['Reviewed by Alex Fixture, PT, DPT on January 10, 2027.']);
      // Exercises: the signed one shows; each other one is a notice in its place.
      const list = root(article).querySelector('limber-exercise-list') as Element;
      const exerciseCards = [...root(list).querySelectorAll('limber-exercise-card')];
      expect(
        exerciseCards.map((card) => squash(root(card).querySelector('[part~="name"]')?.textContent) || notices(card)[0]),
      ).to.deep.equal([
        'This exercise is not shown here because a clinician has not reviewed it yet.',
        'This exercise is not shown here because a clinician has not reviewed it yet.',
        'This exercise is not shown here because a clinician has not reviewed it yet.',
        'This exercise is not shown here because a clinician has not reviewed it yet.',
        'This exercise is not shown here because a clinician has not reviewed it yet.',
        'Bridge',
      ]);
      const treatments = root(article).querySelector('limber-treatment-list') as Element;
      expect(notices(treatments)).to.have.length(topic.treatments.items.length - 1);
      expect(squash(root(treatments).textContent)).to.contain('Walking will not free a pinched nerve.');
      expect(notices(root(article).querySelector('limber-causes') as Element)).to.deep.equal([
        'This section is not shown here because a clinician has not reviewed it yet.',
      ]);
      expect(notices(root(article).querySelector('limber-tip') as Element)).to.deep.equal([
        'This tip is not shown here because a clinician has not reviewed it yet.',
      ]);
      // Each notice is a note screen readers can find, in the page's language.
      const notice = root(urgent as Element).querySelector('[part~="review-required"]');
      expect(notice?.getAttribute('role')).to.equal('note');
      expect(notice?.getAttribute('lang')).to.equal('en');
      await expect(article).to.be.accessible();
    });

    it('on a pasted element with no provider: the built-in content, which no clinician has reviewed', async () => {
      const wrapper = await fixture(html`<div>
        <limber-care-card level="urgent" require-review="clinical"></limber-care-card>
        <limber-care-card level="emergency" require-review="clinical" region="us"></limber-care-card>
        <limber-exercise-card exercise="knee-rolls" require-review="clinical"></limber-exercise-card>
      </div>`);
      await settled(wrapper);
      const [urgent, emergency] = [...wrapper.querySelectorAll('limber-care-card')] as Element[];
      expect(notices(urgent as Element)).to.deep.equal(['This advice is not shown here because a clinician has not reviewed it yet.']);
      expect(squash(root(emergency as Element).querySelector('[part~="action"]')?.textContent)).to.match(
        /^Call 911 or go to the emergency room now\./,
      );
      expect(root(emergency as Element).querySelector('[part~="review-status"]')).to.exist;
      expect(notices(wrapper.querySelector('limber-exercise-card') as Element)).to.deep.equal([
        'This exercise is not shown here because a clinician has not reviewed it yet.',
      ]);
    });

    it(`in a translation (${TRANSLATION}), the notice and the emergency card’s status are in it`, async () => {
      const w = WORDS[TRANSLATION];
      const wrapper = await fixture(html`<div lang=${TRANSLATION}>
        <limber-tip tip="pre-treat-with-heat" require-review="clinical"></limber-tip>
        <limber-care-card level="emergency" require-review="clinical"></limber-care-card>
      </div>`);
      await settled(wrapper);
      expect(notices(wrapper.querySelector('limber-tip') as Element)).to.deep.equal([w.reviewRequired.tip]);
      const status = root(wrapper.querySelector('limber-care-card') as Element).querySelector('[part~="review-status"]');
      expect(squash(status?.textContent)).to.equal(w.emergencyAlwaysShown);
    });

    it('an unknown value is reported once and requires nothing', async () => {
      const el = await fixture(html`<limber-tip tip="pre-treat-with-heat" require-review="maybe"></limber-tip>`);
      await settled(el);
      expect(notices(el)).to.deep.equal([]);
      expect(squash(root(el).querySelector('#heading')?.textContent)).to.equal('Tip: Pre-treat with heat');
      expect(warnings.messages).to.deep.equal(['<limber-tip>: require-review "maybe" is not one of clinical; requiring nothing']);
    });
  });

  describe('structured data', () => {
    const jsonLd = (article: Element): Record<string, unknown> =>
      JSON.parse(article.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Record<string, unknown>;

    it('names the reviewers and the review date only when every item of the page is clinically signed off', async () => {
      const all = await inProvider(signed('all'), (id) => html`<limber-article topic=${id}></limber-article>`);
      const data = jsonLd(all.querySelector('limber-article') as Element);
      expect(data['reviewedBy']).to.deep.equal([
        { '@type': 'Person', name: 'Alex Fixture', honorificSuffix: 'PT, DPT', jobTitle: 'Physical therapist' },
      ]);
      expect(data['lastReviewed']).to.equal('2027-01-10');
      const most = await inProvider(
        signed(
          reviewItems(SOURCE_TOPIC)
            .slice(1)
            .map((i) => i.key),
        ),
        (id) => html`<limber-article topic=${id}></limber-article>`,
      );
      const partial = jsonLd(most.querySelector('limber-article') as Element);
      expect(partial).not.to.have.property('reviewedBy');
      expect(partial).not.to.have.property('lastReviewed');
    });

    it('under require-review lists only the exercises the page shows', async () => {
      const wrapper = await inProvider(signed(['exercise bridge']), (id) => html`<limber-article topic=${id}></limber-article>`, {
        requireReview: 'clinical',
      });
      const plans = jsonLd(wrapper.querySelector('limber-article') as Element)['hasPart'] as { name: string }[];
      expect(plans.map((p) => p.name)).to.deep.equal(['Bridge']);
    });

    it('in a translation too, from the translated text’s own sign-offs', async () => {
      const wrapper = await inProvider(signed('all', TRANSLATED_TOPIC), (id) => html`<limber-article topic=${id}></limber-article>`, {
        locale: TRANSLATION,
      });
      const article = wrapper.querySelector('limber-article') as Element;
      expect(jsonLd(article)['lastReviewed']).to.equal('2027-01-10');
      const w = WORDS[TRANSLATION];
      expect(reviewedLines(article)).to.include(w.reviewedBy(['Alex Fixture, PT, DPT'], w.date('2027-01-10')));
    });
  });
});
