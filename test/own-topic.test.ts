// A topic Limber wrote itself from its references, with no source article (`source` unset): the
// article says so, dates it by its first publication here, shows no experts and no call to action,
// and its JSON-LD claims no article it is based on; its treatments say how strongly a guideline
// recommends each. Every built-in topic without a source article is held to it, in each language.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/limber.js';
import type { LimberArticle } from '../src/components/article/article.js';
import type { Topic } from '../src/model/index.js';
import { root, settled, squash } from './support/dom.js';
import { warningsOfEachTest } from './support/warnings.js';
import { LANGUAGES, TOPIC_IDS } from './support/lists.js';
import { topicIn } from './support/topics.js';
import { WORDS } from './support/words.js';

async function article(topic: Topic): Promise<LimberArticle> {
  const wrapper = await fixture(
    html`<div lang=${topic.locale}><limber-article topic=${topic.id} cta-href="https://example.org/coverage"></limber-article></div>`,
  );
  const el = wrapper.querySelector('limber-article') as LimberArticle;
  await settled(wrapper);
  return el;
}

const own = LANGUAGES.flatMap((lang) => TOPIC_IDS.map((id) => topicIn(lang, id))).filter((topic) => topic.source === undefined);

describe('a topic with no source article', () => {
  const warnings = warningsOfEachTest();

  it('there is one to test (the library has a topic Limber wrote itself)', () => {
    expect(own.length).to.be.at.least(1);
  });

  for (const topic of own) {
    it(`${topic.id} in ${topic.locale}: says Limber wrote it, dated by its first publication here; no experts, no call to action`, async () => {
      const el = await article(topic);
      const words = WORDS[topic.locale as keyof typeof WORDS];
      const shadow = root(el);
      expect(squash(shadow.querySelector('[part~="about"]')?.textContent)).to.equal(words.aboutOwnTopic('Limber'));
      const terms = [...shadow.querySelectorAll('[part~="dates"] dt')].map((dt) => squash(dt.textContent));
      expect(terms).to.not.include(words.published);
      expect(terms[0]).to.equal(words.released);
      expect(shadow.querySelector('#experts, limber-expert-list, limber-cta')).to.equal(null);
      const contents = [...shadow.querySelectorAll('[part~="contents"] a')].map((a) => a.getAttribute('href'));
      expect(contents).to.not.include.members(['#experts', '#cta']);
      expect(squash(shadow.querySelector('.intro [part~="provenance"]')?.textContent)).to.equal(words.writtenBy('Limber'));
      const data = JSON.parse(el.querySelector(':scope > script[type="application/ld+json"]')?.textContent ?? '{}') as Record<
        string,
        unknown
      >;
      expect(data).to.not.have.property('isBasedOn');
      expect(data['about']).to.have.property('code');
      expect(warnings.messages).to.deep.equal([]);
    });

    it(`${topic.id} in ${topic.locale}: each treatment a guideline rates shows how strongly, with the guideline cited`, async () => {
      const el = await article(topic);
      const list = root(el).querySelector('limber-treatment-list')!;
      await settled(list);
      const rated = topic.treatments.items.filter((t) => t.recommendation);
      expect(rated.length).to.be.at.least(1);
      const words = WORDS[topic.locale as keyof typeof WORDS];
      const shown = [...root(list).querySelectorAll('[part~="recommendation"]')];
      expect(shown.map((p) => squash(p.textContent).replace(/\s*\d+$/, ''))).to.deep.equal(
        rated.map((t) => `${words.recommendationLabel}: ${words.recommendations[t.recommendation!.strength]}`),
      );
      const guideline = topic.references.find((r) => r.id === rated[0]!.recommendation!.reference)!;
      const cite = shown[0]!.querySelector<HTMLAnchorElement>('a[href^="#source-"]')!;
      expect(squash(root(list).querySelector(cite.getAttribute('href')!)?.textContent)).to.contain(guideline.title);
    });
  }
});
